//! The resources of the API, each with its typed requests and responses.

pub mod calls;
pub mod conferences;
pub mod faxes;
pub mod messages;
pub mod numbers;
pub mod queues;
pub mod recordings;
pub mod scripts;
