# The professional network (profiles, directory, contact requests) arrives with its own issue.
