//! The `peerpress` command line. Exit codes: 0 success, 1 a problem in the
//! project's files (the message names file and line), 2 misuse.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use peerpress::status::MessageState;

#[derive(Parser)]
#[command(
    name = "peerpress",
    version,
    about = "Accessible multilingual HIV information pages from Markdown and Fluent translations"
)]
struct Cli {
    /// The project folder (the one holding site.toml).
    #[arg(long, global = true, default_value = ".")]
    root: PathBuf,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Write the web site and printable leaflets to output/site (all or nothing).
    Build {
        /// Also make leaflets for documents whose translation has missing or
        /// stale parts, marked DRAFT on every page.
        #[arg(long)]
        allow_incomplete: bool,
        /// Web pages only: make no PDF leaflets.
        #[arg(long)]
        no_leaflets: bool,
        /// Print only errors (no progress bar, no summary).
        #[arg(long, short)]
        quiet: bool,
        /// Write a JSON report of every output job (rendered or reused) to FILE.
        #[arg(long, value_name = "FILE", conflicts_with = "all")]
        report_json: Option<PathBuf>,
        /// Build partner NAME's site (partners/NAME/) into output/partners/NAME/site.
        #[arg(long, value_name = "NAME")]
        partner: Option<String>,
        /// Build the main site and every partner's site.
        #[arg(long, conflicts_with = "partner")]
        all: bool,
    },
    /// Build, then pack the site, every leaflet and a print-shop page into
    /// output/<name>-<date>.zip, which works offline (from a USB stick or a phone).
    Bundle {
        /// Also make leaflets for incomplete translations (marked DRAFT, and
        /// listed as drafts on the print-shop page).
        #[arg(long)]
        allow_incomplete: bool,
        /// Bundle this partner's site (partners/NAME/) instead of the main one.
        #[arg(long, value_name = "NAME")]
        partner: Option<String>,
        /// Print only errors.
        #[arg(long, short)]
        quiet: bool,
    },
    /// Check everything a build checks, without writing anything.
    Check,
    /// Report every missing, stale, invalid and obsolete translation.
    Status(StatusArgs),
    /// Preview the site in a browser while you edit: pages update as you
    /// save, and a broken file shows its error on every page.
    Serve {
        /// The port to listen on (0: any free port).
        #[arg(long, default_value_t = peerpress::serve::DEFAULT_PORT)]
        port: u16,
        /// The address to listen on. The default is this computer only;
        /// 0.0.0.0 lets anyone on the network read the preview.
        #[arg(long, value_name = "ADDR", default_value = "127.0.0.1")]
        bind: std::net::IpAddr,
        /// Open the preview in the default browser.
        #[arg(long)]
        open: bool,
    },
    /// Update translations/<source>/<doc>.ftl from the content and record
    /// which English each translation was made from.
    Sync {
        /// Also list the English of every missing message as comments at the
        /// end of each existing locale file.
        #[arg(long)]
        stubs: bool,
        /// Documents or message ids whose English changed only in form (a
        /// typo, punctuation): keep their translations fresh in every locale.
        /// Refused when links, code or placeables changed.
        #[arg(long, value_delimiter = ',', value_name = "DOC|ID")]
        minor: Vec<String>,
        /// LOCALE:ID of a stale translation a translator checked and found
        /// still right for the new English.
        #[arg(long, value_delimiter = ',', value_name = "LOCALE:ID")]
        confirm: Vec<String>,
        /// Update only partner NAME's catalogs (partners/NAME/translations/).
        #[arg(long, value_name = "NAME", conflicts_with_all = ["minor", "confirm"])]
        partner: Option<String>,
    },
}

#[derive(clap::Args)]
struct StatusArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// Exit with code 1 when any message is in one of these states
    /// (comma-separated), e.g. `--fail-on missing,stale,invalid`.
    #[arg(long, value_enum, value_delimiter = ',')]
    fail_on: Vec<MessageState>,
    /// Only these locales (repeat or comma-separate).
    #[arg(long = "locale", value_delimiter = ',')]
    locales: Vec<String>,
    /// Only these documents (or `ui`, `terms`).
    #[arg(long = "doc", value_delimiter = ',')]
    docs: Vec<String>,
    /// Instead of the report: translations carried over to changed English
    /// by `sync --minor`/`--confirm` on or after this date (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    minor_since: Option<String>,
    /// List every missing message, not only counts.
    #[arg(long)]
    verbose: bool,
    /// Report partner NAME's site: the shared documents and locales it
    /// publishes and its own documents.
    #[arg(long, value_name = "NAME", conflicts_with = "ftl_only")]
    partner: Option<String>,
    /// Compare a plain folder of Fluent files (DIR/<locale>/**/*.ftl) instead
    /// of a peerpress project.
    #[arg(long, requires = "dir")]
    ftl_only: bool,
    /// With --ftl-only: the reference locale's folder name.
    #[arg(long, default_value = "en")]
    reference: String,
    /// With --ftl-only: the folder holding one folder per locale.
    dir: Option<PathBuf>,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum Format {
    Text,
    Json,
}

fn main() -> ExitCode {
    no_transparent_huge_pages();
    let cli = Cli::parse();
    if let Command::Status(args) = &cli.command {
        if args.ftl_only {
            return status_ftl_only(args);
        }
    }
    if !cli.root.join(peerpress::config::CONFIG_FILE).is_file() {
        eprintln!(
            "error: {} has no {}: run peerpress in a project folder or pass --root DIR",
            cli.root.display(),
            peerpress::config::CONFIG_FILE
        );
        return ExitCode::from(2);
    }
    match run(&cli) {
        Ok(code) => code,
        Err(err) => {
            eprintln!("error: {err:#}");
            ExitCode::from(1)
        }
    }
}

fn run(cli: &Cli) -> anyhow::Result<ExitCode> {
    match &cli.command {
        Command::Build {
            allow_incomplete,
            no_leaflets,
            quiet,
            report_json,
            partner,
            all,
        } => {
            let options = peerpress::build::BuildOptions {
                allow_incomplete: *allow_incomplete,
                no_leaflets: *no_leaflets,
            };
            let sites: Vec<Option<String>> = if *all {
                std::iter::once(None)
                    .chain(peerpress::partner::names(&cli.root)?.into_iter().map(Some))
                    .collect()
            } else {
                vec![partner.clone()]
            };
            for site in &sites {
                build(
                    cli,
                    site.as_deref(),
                    options,
                    *quiet,
                    report_json.as_deref(),
                )?;
            }
        }
        Command::Bundle {
            allow_incomplete,
            partner,
            quiet,
        } => {
            let options = peerpress::bundle::BundleOptions {
                build: peerpress::build::BuildOptions {
                    allow_incomplete: *allow_incomplete,
                    no_leaflets: false,
                },
                partner: partner.clone(),
            };
            bundle(cli, &options, *quiet)?;
        }
        Command::Check => check(cli)?,
        Command::Status(args) => return status(cli, args),
        Command::Serve { port, bind, open } => {
            peerpress::serve::serve(&peerpress::serve::Options {
                root: cli.root.clone(),
                bind: *bind,
                port: *port,
                open: *open,
            })?;
        }
        Command::Sync {
            stubs,
            minor,
            confirm,
            partner,
        } => {
            let options = peerpress::sync::SyncOptions {
                stubs: *stubs,
                minor: minor.clone(),
                confirm: confirm.clone(),
                partner: partner.clone(),
            };
            sync(cli, options)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn bundle(
    cli: &Cli,
    options: &peerpress::bundle::BundleOptions,
    quiet: bool,
) -> anyhow::Result<()> {
    let summary = peerpress::bundle::bundle(&cli.root, options, &|_, _| {})?;
    if quiet {
        return Ok(());
    }
    let drafts = summary.leaflets.iter().filter(|l| !l.ready).count();
    println!(
        "wrote {} ({} files, {} KB): the site, {} leaflets ({drafts} DRAFT) and the print-shop page {}/index.html",
        summary.path.display(),
        summary.files,
        summary.bytes.div_ceil(1024),
        summary.leaflets.len(),
        peerpress::bundle::print_shop::FOLDER,
    );
    Ok(())
}

fn check(cli: &Cli) -> anyhow::Result<()> {
    let summary = peerpress::build::check(&cli.root, peerpress::build::BuildOptions::default())?;
    for note in &summary.notes {
        eprintln!("note: {note}");
    }
    println!(
        "ok: {} pages and {} leaflets would be written",
        summary.pages, summary.leaflets
    );
    Ok(())
}

fn status(cli: &Cli, args: &StatusArgs) -> anyhow::Result<ExitCode> {
    let project = match &args.partner {
        None => peerpress::project::Project::load(&cli.root)?,
        Some(name) => peerpress::partner::load_project(&cli.root, name)?,
    };
    print_warnings(&project);
    if let Some(date) = &args.minor_since {
        return print_carried_over(&project, date, args);
    }
    for locale in &args.locales {
        if project.config.locale(locale).is_none() {
            eprintln!("error: --locale {locale}: not a locale of site.toml");
            return Ok(ExitCode::from(2));
        }
    }
    let names = project.catalog_names();
    for doc in &args.docs {
        if !names.iter().any(|(n, _)| n == doc) {
            eprintln!("error: --doc {doc}: no such document (or catalog)");
            return Ok(ExitCode::from(2));
        }
    }
    let filter = peerpress::status::Filter {
        locales: args.locales.clone(),
        catalogs: args.docs.clone(),
        ..Default::default()
    };
    let report = peerpress::status::collect(&project, &filter);
    Ok(print_status(&report, args))
}

fn sync(cli: &Cli, options: peerpress::sync::SyncOptions) -> anyhow::Result<()> {
    let selected = !(options.minor.is_empty() && options.confirm.is_empty());
    let summary = peerpress::sync::sync(&cli.root, options)?;
    if summary.written.is_empty() {
        println!("everything is up to date");
    }
    for path in &summary.written {
        println!("updated {}", path.display());
    }
    for edit in &summary.carried_over {
        println!(
            "carried over ({}): {} {} in {}",
            edit.kind,
            edit.catalog,
            edit.id,
            edit.locales.join(", ")
        );
    }
    if selected && summary.carried_over.is_empty() {
        println!("nothing to carry over: no selected translation was made from older English");
    }
    Ok(())
}

fn print_warnings(project: &peerpress::project::Project) {
    for warning in project.warnings() {
        eprintln!("warning: {warning}");
    }
}

fn print_carried_over(
    project: &peerpress::project::Project,
    date: &str,
    args: &StatusArgs,
) -> anyhow::Result<ExitCode> {
    let carried = peerpress::status::carried::since(project, date)?;
    if let Format::Json = args.format {
        println!("{}", serde_json::to_string_pretty(&carried)?);
        return Ok(ExitCode::SUCCESS);
    }
    if carried.is_empty() {
        println!("no translations carried over since {date}");
    }
    for c in &carried {
        println!(
            "{} {} {}/{} in {}",
            c.edit.date,
            c.edit.kind,
            c.edit.catalog,
            c.edit.id,
            c.edit.locales.join(", ")
        );
        if let Some(old) = &c.old_english {
            println!("    was: {old}");
        }
        if let Some(new) = &c.english {
            println!("    now: {new}");
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Builds one site: the main one (`partner` is `None`) or a partner's.
fn build(
    cli: &Cli,
    partner: Option<&str>,
    options: peerpress::build::BuildOptions,
    quiet: bool,
    report_json: Option<&std::path::Path>,
) -> anyhow::Result<()> {
    use std::io::IsTerminal;
    let bar = (!quiet && std::io::stderr().is_terminal()).then(|| {
        let bar = indicatif::ProgressBar::new(0);
        bar.set_style(
            indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} files {elapsed}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        bar
    });
    let progress = |done: usize, total: usize| {
        if let Some(bar) = &bar {
            bar.set_length(total as u64);
            bar.set_position(done as u64);
        }
    };
    let result = match partner {
        None => peerpress::build::build(&cli.root, options, &progress),
        Some(name) => peerpress::build::build_partner(&cli.root, name, options, &progress),
    };
    if let Some(bar) = &bar {
        bar.finish_and_clear();
    }
    let summary = result?;
    if let Some(path) = report_json {
        std::fs::write(path, summary.report.to_json())
            .map_err(|e| anyhow::anyhow!("{}: cannot write the report: {e}", path.display()))?;
    }
    for note in &summary.notes {
        eprintln!("note: {note}");
    }
    if quiet {
        return Ok(());
    }
    println!(
        "wrote {} pages ({} documents × {} locales) to {}",
        summary.pages,
        summary.documents,
        summary.locales,
        summary.site_dir.display()
    );
    println!("wrote {} leaflets", summary.leaflets);
    println!("{}", summary.report.summary());
    if !summary.skipped_leaflets.is_empty() {
        println!(
            "{} leaflets not made (a leaflet is printed only from a complete, up-to-date translation; --allow-incomplete makes DRAFT copies):",
            summary.skipped_leaflets.len()
        );
        for r in &summary.skipped_leaflets {
            println!("  {}/{}: {}", r.locale, r.doc, r.reason());
        }
    }
    if !summary.with_fallback.is_empty() {
        println!(
            "{} pages show some untranslated text in the fallback language:",
            summary.with_fallback.len()
        );
        for (locale, doc) in &summary.with_fallback {
            println!("  {locale}/{doc}");
        }
    }
    Ok(())
}

fn status_ftl_only(args: &StatusArgs) -> ExitCode {
    let Some(dir) = &args.dir else {
        return ExitCode::from(2);
    };
    if !dir.join(&args.reference).is_dir() {
        eprintln!(
            "error: {} has no reference folder `{}`",
            dir.display(),
            args.reference
        );
        return ExitCode::from(2);
    }
    match peerpress::status::ftl_only::collect(dir, &args.reference, &args.locales) {
        Ok(report) => print_status(&report, args),
        Err(err) => {
            eprintln!("error: {err}");
            ExitCode::from(1)
        }
    }
}

fn print_status(report: &peerpress::status::Report, args: &StatusArgs) -> ExitCode {
    use std::io::IsTerminal;
    match args.format {
        Format::Json => print!("{}", peerpress::status::json::render(report)),
        Format::Text => {
            let style = peerpress::status::text::Style {
                colour: std::io::stdout().is_terminal()
                    && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
                list_missing: args.verbose || !args.locales.is_empty() || !args.docs.is_empty(),
            };
            print!("{}", peerpress::status::text::render(report, &style));
        }
    }
    let failing = report.count_in(&args.fail_on);
    if failing > 0 {
        let states: Vec<&str> = args.fail_on.iter().map(|s| s.name()).collect();
        eprintln!(
            "status: {failing} message(s) are {} (--fail-on)",
            states.join(" or ")
        );
        return ExitCode::from(1);
    }
    ExitCode::SUCCESS
}

// glibc's per-thread arenas grow one mprotect call at a time; with rayon's
// threads allocating many small strings, that dominated the build's
// system time. mimalloc does not.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Transparent huge pages off for this process. mimalloc returns memory it
/// no longer needs to the system and takes it back moments later; with huge
/// pages, every such fault zeroes 2 MiB, and a 1,000-document build zeroed
/// gigabytes (`perf`: 15 % of its time in the kernel's `clear_page`). With
/// 4 KiB pages a build takes about a tenth less CPU (benches/build.sh).
fn no_transparent_huge_pages() {
    #[cfg(target_os = "linux")]
    // SAFETY: PR_SET_THP_DISABLE takes plain integers and touches no memory
    // of ours; failure (an old kernel) leaves the default, which is fine.
    unsafe {
        libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
    }
}
