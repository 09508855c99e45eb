"""``grenzen value`` (what each client brings and costs) and ``grenzen invoice``.

The JSON of ``grenzen value --json`` is a contract for scripts and outside tests: the
names stay. Money is in euros (exact to the cent), ``null`` where a figure cannot be
computed (no hours, no due invoice, too few check-ins).
"""

from __future__ import annotations

import argparse
import datetime as dt
from typing import TYPE_CHECKING, Any

from grenzen.cli.context import unlocked
from grenzen.cli.dates import iso_date
from grenzen.cli.output import emit_json

if TYPE_CHECKING:
    from grenzen.domain.value import Invoice
    from grenzen.services.value import ClientRow, ValueTable


def _round(value: float | None, digits: int) -> float | None:
    return None if value is None else round(value, digits)


def _day(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def client_json(row: ClientRow) -> dict[str, Any]:
    v = row.value
    answer = row.zero_based
    return {
        "client": v.client,
        "revenue": v.revenue_cents / 100,
        "hours": _round(v.hours, 2),
        "effective_rate": _round(v.effective_rate, 2),
        "days_late_avg": _round(v.days_late_avg, 1),
        "open_amount": v.open_cents / 100,
        "invoices": v.invoices,
        "incidents": v.incidents,
        "relationship_incidents": v.relationship_incidents,
        "energy_avg": _round(v.energy_avg, 2),
        "energy_cost": _round(v.energy_cost, 2),
        "dream_match": {"yes": row.counts.yes, "no": row.counts.no, "open": row.counts.open},
        "zero_based": (
            None
            if answer is None
            else {"answer": answer.answer.value, "asked_on": answer.asked_on.isoformat()}
        ),
    }


def table_json(table: ValueTable) -> dict[str, Any]:
    return {
        "today": table.today.isoformat(),
        "since": _day(table.since),
        "currency": "EUR",
        "clients": [client_json(row) for row in table.rows],
    }


def _cell(value: float | None, spec: str, width: int) -> str:
    return f"{'–' if value is None else format(value, spec):>{width}}"


def table_text(table: ValueTable) -> str:
    since = table.since.isoformat() if table.since else "the beginning"
    lines = [f"Client value from {since} to {table.today.isoformat()} (EUR)", ""]
    if not table.rows:
        lines.append("No clients yet. Add an invoice: grenzen invoice add --client NAME …")
        return "\n".join(lines)
    width = max(12, *(len(r.client) for r in table.rows))
    header = (
        f"{'Client':<{width}}  {'Revenue':>12}  {'Hours':>8}  {'€/h':>8}  {'Late':>6}  "
        f"{'Open':>11}  {'Incid.':>6}  {'Energy':>6}  {'Cost':>5}  {'✓/✗/?':>8}  Again?"
    )
    lines += [header, "-" * len(header)]
    for row in table.rows:
        v = row.value
        incidents = f"{v.incidents}" + (
            f" ({v.relationship_incidents})" if v.relationship_incidents else ""
        )
        dream = f"{row.counts.yes}/{row.counts.no}/{row.counts.open}"
        again = row.zero_based.answer.value if row.zero_based else "–"
        lines.append(
            f"{v.client:<{width}}  {v.revenue_cents / 100:>12,.2f}  {_cell(v.hours, '.1f', 8)}  "
            f"{_cell(v.effective_rate, '.2f', 8)}  {_cell(v.days_late_avg, '.1f', 6)}  "
            f"{v.open_cents / 100:>11,.2f}  {incidents:>6}  {_cell(v.energy_avg, '.1f', 6)}  "
            f"{_cell(v.energy_cost, '+.1f', 5)}  {dream:>8}  {again}"
        )
    lines += ["", "Late: average days invoices were paid late. Cost: energy below your average."]
    return "\n".join(lines)


def cmd_value(args: argparse.Namespace) -> int:
    today = args.today or dt.date.today()
    with unlocked(args) as vault:
        from grenzen.services.value import value_table

        table = value_table(vault, today, args.since, all_time=args.all_time)
    if args.json:
        emit_json(table_json(table))
    else:
        print(table_text(table))
    return 0


def invoice_json(invoice: Invoice) -> dict[str, Any]:
    return {
        "id": invoice.id,
        "client": invoice.client,
        "amount": invoice.amount_cents / 100,
        "hours": invoice.hours,
        "invoice_date": invoice.invoice_date.isoformat(),
        "due_date": _day(invoice.due_date),
        "paid_date": _day(invoice.paid_date),
        "note": invoice.note,
    }


def invoice_line(invoice: Invoice) -> str:
    paid = f"paid {invoice.paid_date.isoformat()}" if invoice.paid_date else "open"
    due = f"due {invoice.due_date.isoformat()}" if invoice.due_date else ""
    hours = f"{invoice.hours:g} h" if invoice.hours is not None else ""
    return (
        f"{invoice.id:>6}  {invoice.invoice_date.isoformat()}  {invoice.client[:28]:<28}  "
        f"{invoice.amount_cents / 100:>12,.2f}  {due:<14}  {paid:<15}  {hours:<8}  "
        f"{invoice.note or ''}"
    ).rstrip()


def cmd_invoice_add(args: argparse.Namespace) -> int:
    with unlocked(args) as vault:
        from grenzen.services.value import add_invoice

        invoice_id = add_invoice(
            vault,
            args.client,
            args.amount,
            args.date,
            hours=args.hours,
            due_date=args.due,
            paid_date=args.paid,
            note=args.note,
        )
    print(invoice_id)
    return 0


def cmd_invoice_list(args: argparse.Namespace) -> int:
    with unlocked(args) as vault:
        from grenzen.services.value import invoices_of, list_invoices

        invoices = invoices_of(vault, args.client) if args.client else list_invoices(vault)
    if args.json:
        emit_json([invoice_json(i) for i in invoices])
    elif not invoices:
        print("No invoices yet.")
    else:
        print("\n".join(invoice_line(i) for i in invoices))
    return 0


def cmd_invoice_paid(args: argparse.Namespace) -> int:
    paid_on = args.on or dt.date.today()
    with unlocked(args) as vault:
        from grenzen.services.value import mark_paid

        invoice = mark_paid(vault, args.id, paid_on)
    print(f"invoice {invoice.id} paid on {paid_on.isoformat()}")
    return 0


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = commands.add_parser(
        "value", parents=[common], help="what each client brings and costs (client value)"
    )
    p.add_argument("--today", type=iso_date, help="YYYY-MM-DD (default: today)")
    period = p.add_mutually_exclusive_group()
    period.add_argument(
        "--since", type=iso_date, help="start of the period (default: 12 months before today)"
    )
    period.add_argument("--all-time", action="store_true", help="count everything ever entered")
    p.set_defaults(handler=cmd_value)

    invoice = commands.add_parser("invoice", help="enter and list invoices")
    actions = invoice.add_subparsers(dest="action", metavar="ACTION", required=True)
    vault_option = {"metavar": "DIR", "default": argparse.SUPPRESS, "help": argparse.SUPPRESS}

    p = actions.add_parser("add", help="record an invoice (prints its id)")
    p.add_argument("--vault", **vault_option)
    p.add_argument("--client", required=True, metavar="NAME", help="created on first use")
    p.add_argument("--amount", required=True, metavar="EUR", help="net amount, e.g. 1234.50")
    p.add_argument("--date", required=True, type=iso_date, help="invoice date YYYY-MM-DD")
    p.add_argument("--due", type=iso_date, help="due date YYYY-MM-DD")
    p.add_argument("--paid", type=iso_date, help="day the money arrived YYYY-MM-DD")
    p.add_argument("--hours", metavar="H", help="hours worked for it")
    p.add_argument("--note", metavar="TEXT")
    p.set_defaults(handler=cmd_invoice_add)

    p = actions.add_parser("list", parents=[common], help="invoices, newest first")
    p.add_argument("--client", metavar="NAME", help="only this client's")
    p.set_defaults(handler=cmd_invoice_list)

    p = actions.add_parser("paid", help="note that an invoice was paid")
    p.add_argument("--vault", **vault_option)
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("--on", type=iso_date, metavar="DATE", help="YYYY-MM-DD (default: today)")
    p.set_defaults(handler=cmd_invoice_paid)
