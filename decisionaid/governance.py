"""The content governance commands, in the order a clinic uses them (docs/kiosk.md, "Content signing and
review"): review-sheet, review-record, make-key, sign-pack, trust-key. Each reports in one line and exits
non-zero with a one-line reason on failure (``app.CliError``)."""
from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

from .app import EXIT_OK, CliError, make_qapp


def run(args) -> int:
    return {"review-sheet": review_sheet, "review-record": review_record, "make-key": make_key,
            "sign-pack": sign_pack, "trust-key": trust_key}[args.command](args)


def _pack_and_bytes(path: str, records_dir=None):
    from .content import ContentError, load_pack
    from .content.files import read_pack_file
    p = Path(path)
    if p.is_dir():
        raise CliError(f"{p}: give one pack file (a review and a signature are for one file's exact bytes)")
    try:
        data = read_pack_file(p)
        pack = load_pack(p, records_dir=records_dir)
    except ContentError as exc:
        raise CliError(exc.problems[0] + (f" (and {len(exc.problems) - 1} more problems; run "
                                          "'decisionaid check-content')" if len(exc.problems) > 1 else ""))
    return pack, data


def _records_dir(explicit):
    if explicit:
        return explicit
    from .trust import records_dir
    return records_dir()


def review_sheet(args) -> int:
    pack, _ = _pack_and_bytes(args.pack, _records_dir(None))
    out = Path(args.out)
    suffix = out.suffix.lower()
    if suffix not in (".pdf", ".csv"):
        raise CliError(f"--out must end in .pdf or .csv, not '{out.name}'")
    if not (out.parent if str(out.parent) else Path(".")).is_dir():
        raise CliError(f"the folder '{out.parent}' does not exist")
    try:
        if suffix == ".csv":
            from .content.review_sheet import write_csv
            n = write_csv(pack, out)
        else:
            make_qapp(gui=False)
            from .report.review_sheet import write_pdf
            n = write_pdf(pack, out)
    except OSError as exc:
        raise CliError(f"cannot write {out}: {exc.strerror or exc}")
    print(f"wrote {out}: {n} rows to review for {Path(args.pack).name} (SHA-256 {pack.sha256[:16]}...)")
    return EXIT_OK


def review_record(args) -> int:
    from .content.review import write_record
    folder = _records_dir(args.records_dir)
    pack, data = _pack_and_bytes(args.pack, folder)
    try:
        date = _dt.date.fromisoformat(args.date)
    except ValueError:
        raise CliError(f"--date must be a date like 2026-12-01, not '{args.date}'")
    try:
        file, what = write_record(args.pack, data, args.reviewer, args.role, args.scope, date,
                                  records_dir=folder, published=pack.metadata.published)
    except ValueError as exc:
        raise CliError(str(exc))
    except OSError as exc:
        raise CliError(f"cannot write the review record: {exc.strerror or exc}")
    pack, _ = _pack_and_bytes(args.pack, folder)
    state = ("the whole pack is now reviewed" if not pack.is_draft
             else "the reviews do not yet cover every step, so the pack stays a draft")
    print(f"wrote {file} ({what}); {state}. Sign the pack again: decisionaid sign-pack {args.pack} --key KEY")
    return EXIT_OK


def make_key(args) -> int:
    from .content.signing import SigningError, make_key as make
    try:
        pub, line = make(Path(args.key), args.comment)
    except SigningError as exc:
        raise CliError(str(exc))
    except OSError as exc:
        raise CliError(f"cannot write the key: {exc.strerror or exc}")
    print(f"wrote the private key {args.key} (keep it secret, off the kiosk) and the public key {pub}:\n{line}")
    return EXIT_OK


def sign_pack(args) -> int:
    from .content.signing import SigningError, sign_pack as sign
    pack, data = _pack_and_bytes(args.pack, _records_dir(None))
    record = Path(pack.review.file) if pack.review is not None else None
    try:
        out = sign(args.pack, data, record, Path(args.key))
    except SigningError as exc:
        raise CliError(str(exc))
    except OSError as exc:
        raise CliError(f"cannot write the signature: {exc.strerror or exc}")
    what = (f"and its review record {record.name}" if record is not None
            else "(no review record matches it: kiosk mode shows it only with --allow-draft-content)")
    print(f"wrote {out}: signs {Path(args.pack).name} {what}")
    return EXIT_OK


def trust_key(args) -> int:
    from .content.signing import SigningError, key_id, parse_public, public_line
    from .trust import TrustError, system_file, trust_key_in_settings, write_system
    text = args.pubkey
    p = Path(text)
    if p.is_file():
        try:
            text = p.read_text(encoding="utf-8").strip()
        except (OSError, UnicodeDecodeError) as exc:
            raise CliError(f"cannot read {p}: {exc}")
    try:
        raw, comment = parse_public(text)
    except SigningError as exc:
        raise CliError(f"{args.pubkey}: {exc}")
    name = args.name or comment
    line = public_line(raw, name)
    if args.system:
        try:
            write_system(system_file(), add_key=(public_line(raw), name))
        except (OSError, TrustError) as exc:
            raise CliError(f"cannot write {system_file()}: {getattr(exc, 'strerror', None) or exc} (run as root)")
        print(f"trusted key {key_id(raw)} ({name or 'no name'}) in {system_file()}")
        return EXIT_OK
    make_qapp(gui=False)
    trust_key_in_settings(line)
    print(f"trusted key {key_id(raw)} ({name or 'no name'}) in this user's settings")
    if system_file().exists():
        print(f"Note: {system_file()} exists, so kiosk mode trusts only the keys listed there. Use --system.",
              file=sys.stderr)
    return EXIT_OK
