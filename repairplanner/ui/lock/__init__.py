"""The app lock and the quick hide: a neutral screen in place of the plan."""
