"""Site generators and generation runs."""
