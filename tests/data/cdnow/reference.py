"""Reference values for tests/customers.rs, computed with lifetimes 0.11.3:
    python3 -m venv /tmp/ltv && /tmp/ltv/bin/pip install lifetimes==0.11.3
    /tmp/ltv/bin/python tests/data/cdnow/reference.py
"""
import os
import pandas as pd
from lifetimes import BetaGeoFitter, GammaGammaFitter

here = os.path.dirname(os.path.abspath(__file__))
s = pd.read_csv(os.path.join(here, "cdnow_customers_summary_with_transactions.csv"))
bgf = BetaGeoFitter(penalizer_coef=0.0)
bgf.fit(s["x"], s["t_x"], s["T"])
p = bgf.params_
print("bgnbd", p["r"], p["alpha"], p["a"], p["b"])
rows = [0, 1, 5, 17, 120, 1001]  # IDs 1, 2, 6, 18, 121, 1002
for i in rows:
    x, tx, T, z = s.loc[i, ["x", "t_x", "T", "zbar"]]
    alive = bgf.conditional_probability_alive(pd.Series([x]), pd.Series([tx]), pd.Series([T]))
    e10 = bgf.conditional_expected_number_of_purchases_up_to_time(10, pd.Series([x]), pd.Series([tx]), pd.Series([T]))
    e52 = bgf.conditional_expected_number_of_purchases_up_to_time(52, pd.Series([x]), pd.Series([tx]), pd.Series([T]))
    print("customer", int(s.loc[i, "ID"]), x, tx, T, z, float(pd.Series(alive).iloc[0] if hasattr(alive, "__len__") else alive), float(pd.Series(e10).iloc[0] if hasattr(e10, "__len__") else e10), float(pd.Series(e52).iloc[0] if hasattr(e52, "__len__") else e52))
print("new", float(pd.Series(bgf.expected_number_of_purchases_up_to_time(39)).iloc[0]))
r = s[s["x"] > 0]
ggf = GammaGammaFitter(penalizer_coef=0.0)
ggf.fit(r["x"], r["zbar"])
g = ggf.params_
print("gg", g["p"], g["q"], g["v"])
for i in rows:
    x, tx, T, z = s.loc[i, ["x", "t_x", "T", "zbar"]]
    spend = float(ggf.conditional_expected_average_profit(pd.Series([x]), pd.Series([z]))[0])
    clv = float(ggf.customer_lifetime_value(bgf, pd.Series([x]), pd.Series([tx]), pd.Series([T]), pd.Series([z]), time=12, discount_rate=0.01, freq="W")[0])
    print("value", int(s.loc[i, "ID"]), spend, clv)
