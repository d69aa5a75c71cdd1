"""The widget interface: notebooks call `start_page()`, `exercise_app(...)` or `facilitator_app()`."""
