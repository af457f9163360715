"""The 三违与事故 tab."""
