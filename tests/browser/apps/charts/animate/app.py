# The "Animate and update elements" example of Streamlit's docs, as written there:
# add_rows ten times, half a second apart, while the script runs.
import time

import numpy as np
import pandas as pd
import streamlit as st

df = pd.DataFrame(np.random.randn(15, 3), columns=(["A", "B", "C"]))
my_data_element = st.line_chart(df)
for tick in range(10):
    time.sleep(.5)
    add_df = pd.DataFrame(np.random.randn(1, 3), columns=(["A", "B", "C"]))
    my_data_element.add_rows(add_df)
st.button("Regenerate")
