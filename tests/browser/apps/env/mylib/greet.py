def greeting(name):
    return f"Hello, {name}, from a local package"
