//! The resources of the API, each with its typed requests and responses.

pub mod calls;
