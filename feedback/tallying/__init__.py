"""Daily tallies of families' answers, kept as answers arrive, so that reports add up a few
thousand tallies instead of a million raw rows. See `counting` for how they stay right."""
