//! The side panel's view model (interim).
