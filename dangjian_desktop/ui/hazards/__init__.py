"""The 隐患台账 tab."""
