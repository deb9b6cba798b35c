// Placeholder: this stage is built in its own issue.
