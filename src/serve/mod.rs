//! `peerpress serve`: a live preview for authors and translators.
//!
//! - [`preview`]: the project kept in memory and rendered on demand through
//!   the build engine into `output/.serve/` (its own site folder and
//!   cache; `output/site` is never touched);
//! - [`incremental`]: a changed file patched into the project, or held back
//!   while it is broken (the last good pages stay);
//! - [`watch`]: `notify` events in batches (editor save bursts);
//! - [`reload`]: server-sent events to the open tabs, the injected script;
//! - [`banner`]: the diagnostic on every page while the project is broken;
//! - [`server`]: the HTTP side (tiny_http), GET and HEAD of outputs only;
//! - [`host`]: requests for other host names refused (DNS rebinding).
//!
//! After a batch of changes, each page open in a tab is rendered again
//! before its tab is told to reload, and only tabs whose page changed are.

pub mod banner;
pub mod host;
pub mod incremental;
pub mod preview;
pub mod reload;
pub mod server;
pub mod watch;

use std::collections::BTreeSet;
use std::io::Write as _;
use std::net::{IpAddr, SocketAddr, TcpListener};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Instant;

use preview::Preview;
use server::Shared;

/// The preview's folder inside `output/`.
pub const SERVE_DIR: &str = ".serve";

/// The port `serve` listens on unless told otherwise.
pub const DEFAULT_PORT: u16 = 1111;

pub struct Options {
    /// The project folder.
    pub root: PathBuf,
    /// Only this address (default 127.0.0.1: nobody else on the network).
    pub bind: IpAddr,
    /// 0: any free port (the address is printed).
    pub port: u16,
    /// Open the preview in the default browser.
    pub open: bool,
}

#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    #[error("cannot listen on {addr}: the port is already in use (another `peerpress serve`, or another program)\n  help: choose another port, e.g. `peerpress serve --port {free}`")]
    PortInUse { addr: SocketAddr, free: u16 },
    #[error("cannot listen on {addr}: {source}\n  help: check the address given to --bind, or choose another --port")]
    Listen {
        addr: SocketAddr,
        source: std::io::Error,
    },
    #[error("{}: cannot prepare the preview folder: {source}", path.display())]
    Folder {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("another `peerpress serve` is running for this project (it holds {})\n  help: use the address it printed, or stop it (Ctrl-C) first", path.display())]
    AlreadyServing { path: PathBuf },
    #[error("cannot watch the project's files: {0}")]
    Watch(#[from] notify::Error),
    #[error("cannot catch Ctrl-C: {0}")]
    Signal(#[from] ctrlc::Error),
}

/// Serves the preview until Ctrl-C (or SIGTERM).
pub fn serve(options: &Options) -> Result<(), ServeError> {
    let folder_error = |path: &Path| {
        let path = path.to_path_buf();
        move |source| ServeError::Folder { path, source }
    };
    let root = options
        .root
        .canonicalize()
        .map_err(folder_error(&options.root))?;
    let serve_dir = root.join("output").join(SERVE_DIR);
    std::fs::create_dir_all(&serve_dir).map_err(folder_error(&serve_dir))?;
    let _lock = lock(&serve_dir)?;
    let listener = listen(options.bind, options.port)?;
    let addr = listener.local_addr().map_err(|source| ServeError::Listen {
        addr: SocketAddr::new(options.bind, options.port),
        source,
    })?;

    let preview = Preview::open(&root, &serve_dir).map_err(folder_error(&serve_dir))?;
    print_problems(&preview.problems());
    let base = preview.base_path();
    let shared = Arc::new(Shared {
        preview: Mutex::new(preview),
        hub: reload::Hub::default(),
    });
    let server = Arc::new(
        tiny_http::Server::from_listener(listener, None).map_err(|e| ServeError::Listen {
            addr,
            source: std::io::Error::other(e.to_string()),
        })?,
    );
    let on_batch = {
        let shared = shared.clone();
        move |batch: BTreeSet<PathBuf>| on_change(&shared, &batch)
    };
    watch::spawn(&root, on_batch)?;
    let stopping = Arc::new(AtomicBool::new(false));
    {
        let (server, stopping) = (server.clone(), stopping.clone());
        ctrlc::set_handler(move || {
            stopping.store(true, Ordering::SeqCst);
            server.unblock();
        })?;
    }

    let shown = if addr.ip().is_unspecified() {
        eprintln!("warning: serving on every network interface (--bind {}): anyone who can reach this computer can read the preview", addr.ip());
        SocketAddr::new(IpAddr::from([127, 0, 0, 1]), addr.port())
    } else {
        addr
    };
    let url = format!("http://{shown}{base}");
    println!("peerpress serve: {url}");
    println!(
        "watching site.toml, content/, translations/ and themes/; pages update as you save (Ctrl-C stops)"
    );
    let _ = std::io::stdout().flush();
    if options.open {
        open_browser(&url);
    }

    loop {
        match server.recv() {
            Ok(request) => {
                let shared = shared.clone();
                std::thread::spawn(move || server::handle(&shared, request));
            }
            Err(_) if stopping.load(Ordering::SeqCst) => break,
            Err(_) => {}
        }
    }
    shared.hub.stop_all();
    println!("stopped");
    Ok(())
}

/// Binds the listening socket first, so a busy port is said plainly.
fn listen(ip: IpAddr, port: u16) -> Result<TcpListener, ServeError> {
    let addr = SocketAddr::new(ip, port);
    TcpListener::bind(addr).map_err(|source| {
        if source.kind() == std::io::ErrorKind::AddrInUse {
            let free = (port.saturating_add(1)..port.saturating_add(50))
                .find(|p| TcpListener::bind(SocketAddr::new(ip, *p)).is_ok())
                .unwrap_or(0);
            ServeError::PortInUse { addr, free }
        } else {
            ServeError::Listen { addr, source }
        }
    })
}

/// `output/.serve/.lock`, held while serving: two previews of one project
/// would write the same folder.
fn lock(serve_dir: &Path) -> Result<std::fs::File, ServeError> {
    let path = serve_dir.join(".lock");
    let file = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(|source| ServeError::Folder {
            path: path.clone(),
            source,
        })?;
    match file.try_lock() {
        Ok(()) => Ok(file),
        Err(std::fs::TryLockError::WouldBlock) => Err(ServeError::AlreadyServing { path }),
        Err(std::fs::TryLockError::Error(source)) => Err(ServeError::Folder { path, source }),
    }
}

/// One batch of changed files: update the project, render the pages open in
/// tabs again, reload the tabs whose page changed.
fn on_change(shared: &Shared, batch: &BTreeSet<PathBuf>) {
    let started = Instant::now();
    let (failed, before) = {
        let preview = shared.preview();
        (preview.failed_paths(), preview.problems())
    };
    if !shared.preview().update(batch) {
        return;
    }
    // Pages first: a topic list or the dashboard reads every document.
    let mut open = shared.hub.paths();
    open.sort_by_key(|p| (p.matches('/').count() < 2, p.clone()));
    let mut reloaded = 0;
    for path in &open {
        let version = shared.preview().resolve(path, false).version;
        reloaded += shared.hub.reload(path, &version);
    }
    // Outputs that failed are tried again, so that a fixed one clears the banner.
    for path in failed.iter().filter(|p| !open.contains(p)) {
        shared.preview().resolve(path, false);
    }
    let after = shared.preview().problems();
    if after != before {
        // A problem found while rendering a later tab shows on the earlier ones too.
        for path in &open {
            let version = shared.preview().resolve(path, false).version;
            reloaded += shared.hub.reload(path, &version);
        }
        if after.is_empty() {
            println!("fixed: the project builds again");
        } else {
            print_problems(&after);
        }
    }
    let files: Vec<String> = batch.iter().map(|p| p.display().to_string()).collect();
    println!(
        "changed {}: {reloaded} tab(s) reloaded in {} ms",
        files.join(", "),
        started.elapsed().as_millis()
    );
}

fn print_problems(problems: &[String]) {
    for problem in problems {
        eprintln!("error: {problem}");
    }
    if !problems.is_empty() {
        eprintln!("(the preview shows the last good pages, with this message, until it is fixed)");
    }
}

/// Opens `url` in the default browser; a failure is only reported.
fn open_browser(url: &str) {
    let (program, args): (&str, Vec<&str>) = if cfg!(target_os = "macos") {
        ("open", vec![url])
    } else if cfg!(windows) {
        ("cmd", vec!["/C", "start", "", url])
    } else {
        ("xdg-open", vec![url])
    };
    let spawned = std::process::Command::new(program)
        .args(&args)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn();
    if spawned.is_err() {
        eprintln!("note: could not open a browser ({program}); open {url} yourself");
    }
}
