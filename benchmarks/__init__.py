"""What ``photoclip bench`` and ``photoclip personalize bench`` run: measurements of a source checkout, not shipped in the wheel."""
