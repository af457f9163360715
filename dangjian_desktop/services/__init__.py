"""Use cases. Each public function is one unit of work that validates, checks the user's
permission, writes an audit entry, commits or rolls back, and returns plain frozen data."""
