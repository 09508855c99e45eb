"""Vault commands: init, passwd, recover, backup, restore, verify."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from grenzen.cli import secrets
from grenzen.cli.context import unlocked, vault_folder
from grenzen.cli.output import emit_json
from grenzen.storage.errors import DamagedDatabase

RECOVERY_ADVICE = """\
This is your recovery code. It is shown only this once.

    {code}

With it you can set a new passphrase if you ever forget yours. Write it on paper or
print it, and keep it somewhere safe away from this computer (not in a file beside the
vault, not in a cloud note). Anyone with the code and your vault can read your journal."""


def cmd_init(args: argparse.Namespace) -> int:
    from grenzen.services.vault_access import create_vault

    folder = vault_folder(args)
    vault, code = create_vault(folder, secrets.passphrase(confirm=True))
    vault.close()
    if args.json:
        emit_json({"vault": str(folder), "recovery_code": code})
    else:
        print(f"Created a new vault in {folder}.\n")
        print(RECOVERY_ADVICE.format(code=code))
    return 0


def cmd_passwd(args: argparse.Namespace) -> int:
    from grenzen.services.vault_access import change_passphrase, check_exists

    folder = vault_folder(args)
    check_exists(folder)
    change_passphrase(folder, secrets.passphrase(), secrets.new_passphrase())
    print("The passphrase was changed. Your recovery code stays the same.", file=sys.stderr)
    return 0


def cmd_recover(args: argparse.Namespace) -> int:
    from grenzen.services.vault_access import check_exists, recover

    folder = vault_folder(args)
    check_exists(folder)
    recover(folder, secrets.recovery_code(), secrets.new_passphrase())
    print("A new passphrase is set. Keep using the same recovery code.", file=sys.stderr)
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    with unlocked(args) as vault:
        from grenzen.services.vault_access import backup

        written = backup(vault, Path(args.file))
    if args.json:
        emit_json({"backup": str(written)})
    else:
        print(f"Encrypted backup written to {written} (it opens with the same passphrase).")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from grenzen.services.vault_access import restore

    folder = vault_folder(args)
    source = Path(args.file)
    if not source.is_file():
        raise FileNotFoundError(source)
    if not secrets.confirm(
        f"Replace the vault in {folder} with {source}? The current files are kept aside.",
        assume_yes=args.yes,
    ):
        print("Nothing was changed.", file=sys.stderr)
        return 1
    restore(folder, source, secrets.passphrase())
    print(f"Restored the vault in {folder} from {source}.", file=sys.stderr)
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    with unlocked(args) as vault:
        from grenzen.services.vault_access import verify

        problems = verify(vault)
    if args.json:
        emit_json({"ok": not problems, "problems": problems})
    elif not problems:
        print("The vault is sound: encryption, structure and search index all check out.")
    if problems:
        if not args.json:
            for problem in problems:
                print(f"problem: {problem}", file=sys.stderr)
        raise DamagedDatabase(
            f"The vault failed its integrity check ({len(problems)} problem(s)); "
            "restore a backup with 'grenzen restore'."
        )
    return 0


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = commands.add_parser("init", parents=[common], help="create a new vault")
    p.set_defaults(handler=cmd_init)
    p = commands.add_parser("passwd", parents=[common], help="change the passphrase")
    p.set_defaults(handler=cmd_passwd)
    p = commands.add_parser(
        "recover", parents=[common], help="set a new passphrase with the recovery code"
    )
    p.set_defaults(handler=cmd_recover)
    p = commands.add_parser("backup", parents=[common], help="write an encrypted backup")
    p.add_argument("file", help="where to write the backup")
    p.set_defaults(handler=cmd_backup)
    p = commands.add_parser("restore", parents=[common], help="replace the vault by a backup")
    p.add_argument("file", help="a backup made with 'grenzen backup'")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.set_defaults(handler=cmd_restore)
    p = commands.add_parser("verify", parents=[common], help="check the vault's integrity")
    p.set_defaults(handler=cmd_verify)
