//! Placeholder: the socket adapter is being written.
