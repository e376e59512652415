//! Site adapters as data (interim).

use serde::Serialize;

/// Selectors for one site.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SiteTable {
    /// Site id: `x` or `facebook`.
    pub site: &'static str,
}

/// The table for a host name, if Earshot supports it.
pub fn table_for_host(host: &str) -> Option<SiteTable> {
    match host {
        "x.com" | "twitter.com" => Some(SiteTable { site: "x" }),
        "www.facebook.com" | "m.facebook.com" => Some(SiteTable { site: "facebook" }),
        _ => None,
    }
}
