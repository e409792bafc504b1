//! The `peerpress` command line. Exit codes: 0 success, 1 a problem in the
//! project's files (the message names file and line), 2 misuse.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

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
    /// Write the web site to output/site (all or nothing).
    Build,
    /// Check everything a build checks, without writing anything.
    Check,
    /// Update translations/<source>/<doc>.ftl from the content and record
    /// which English each translation was made from.
    Sync,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    if !cli.root.join(peerpress::config::CONFIG_FILE).is_file() {
        eprintln!(
            "error: {} has no {}: run peerpress in a project folder or pass --root DIR",
            cli.root.display(),
            peerpress::config::CONFIG_FILE
        );
        return ExitCode::from(2);
    }
    match run(&cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {err:#}");
            ExitCode::from(1)
        }
    }
}

fn run(cli: &Cli) -> anyhow::Result<()> {
    match cli.command {
        Command::Build => {
            let summary = peerpress::build::build(&cli.root)?;
            println!(
                "wrote {} pages ({} documents × {} locales) to {}",
                summary.pages,
                summary.documents,
                summary.locales,
                summary.site_dir.display()
            );
            if !summary.with_fallback.is_empty() {
                println!(
                    "{} pages show some untranslated text in the fallback language:",
                    summary.with_fallback.len()
                );
                for (locale, doc) in &summary.with_fallback {
                    println!("  {locale}/{doc}");
                }
            }
        }
        Command::Check => {
            let project = peerpress::project::Project::load(&cli.root)?;
            let (files, _) = peerpress::build::render(&project)?;
            println!("ok: {} pages would be written", files.len());
        }
        Command::Sync => {
            let summary = peerpress::sync::sync(&cli.root)?;
            if summary.written.is_empty() {
                println!("everything is up to date");
            }
            for path in &summary.written {
                println!("updated {}", path.display());
            }
        }
    }
    Ok(())
}
