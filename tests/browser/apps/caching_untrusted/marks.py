# What a crafted pickle in the browser's cache would change if the runtime
# ever unpickled it (tests/browser/test_caching_untrusted.py).
log = []
