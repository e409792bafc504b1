//! DNS-rebinding protection: the preview answers only requests addressed
//! to this computer by an IP address or as `localhost`.
//!
//! A web page on some other site can make the reader's browser resolve its
//! own host name (`evil.example`) to `127.0.0.1` and then read the preview
//! as if it were that site: unpublished drafts, the translation dashboard.
//! The browser still sends `Host: evil.example:1111`, so refusing every
//! host name but `localhost` closes that door. An IP address cannot be
//! rebound, so any IP literal is fine (`--bind 0.0.0.0` is reached as
//! `http://192.168.1.20:1111/` from the network); `localhost` and its
//! subdomains always resolve to this computer (RFC 6761).

use std::net::{Ipv4Addr, Ipv6Addr};

/// Why a request's `Host` is refused.
#[derive(Debug, PartialEq, Eq)]
pub enum Refused {
    /// No `Host` header, or more than one: HTTP/1.1 requires exactly one.
    Missing,
    /// A host name other than `localhost`.
    Name(String),
}

/// Checks the values of a request's `Host` headers.
pub fn check<'a>(mut values: impl Iterator<Item = &'a str>) -> Result<(), Refused> {
    let (Some(value), None) = (values.next(), values.next()) else {
        return Err(Refused::Missing);
    };
    if allowed(value.trim()) {
        Ok(())
    } else {
        Err(Refused::Name(value.trim().to_string()))
    }
}

/// `localhost`, `*.localhost` or an IP address, each with an optional port.
fn allowed(host: &str) -> bool {
    let port_ok = |port: &str| port.parse::<u16>().is_ok();
    if let Some(rest) = host.strip_prefix('[') {
        return match rest.split_once(']') {
            Some((v6, "")) => v6.parse::<Ipv6Addr>().is_ok(),
            Some((v6, port)) => {
                v6.parse::<Ipv6Addr>().is_ok() && port.strip_prefix(':').is_some_and(port_ok)
            }
            None => false,
        };
    }
    let name = match host.rsplit_once(':') {
        Some((name, port)) if port_ok(port) => name,
        Some(_) => return false,
        None => host,
    };
    let name = name.strip_suffix('.').unwrap_or(name).to_ascii_lowercase();
    name.parse::<Ipv4Addr>().is_ok() || name == "localhost" || name.ends_with(".localhost")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_of_this_computer_are_answered() {
        for host in [
            "127.0.0.1:1111",
            "127.0.0.1",
            "localhost:1111",
            "LOCALHOST:1111",
            "localhost.:8080",
            "preview.localhost:1111",
            "[::1]:1111",
            "[::1]",
            "192.168.1.20:1111",
            " 127.0.0.1:1111 ",
        ] {
            assert_eq!(check([host].into_iter()), Ok(()), "{host}");
        }
    }

    #[test]
    fn host_names_are_refused() {
        for host in [
            "evil.example:1111",
            "evil.example",
            "localhost.evil.example:1111",
            "127.0.0.1.evil.example",
            "localhost:notaport",
            "localhost:99999",
            "[::1:1111",
            "[evil]:1111",
            "",
        ] {
            assert!(
                matches!(check([host].into_iter()), Err(Refused::Name(_))),
                "{host}"
            );
        }
        assert_eq!(check([].into_iter()), Err(Refused::Missing));
        assert_eq!(
            check(["127.0.0.1", "evil.example"].into_iter()),
            Err(Refused::Missing)
        );
    }
}
