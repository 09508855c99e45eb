"""Worked exit cases, derived by hand from /work/shared/domain/contracts.md.

Every expected value below was reasoned out from the specification (FACT/RULE/JUDGEMENT)
with a calendar and the ``holidays`` library (``holidays.Germany(subdiv=STATE, years=Y,
language="de")``) at hand — not by running the engine. Each case is run in-process
through the command line (``grenzen exits --contract FILE --today DAY --json --lang en``)
and the expected dictionary must be a subset of the printed JSON.

Conventions used in the comments:
- "legal" is the latest receipt the law allows, "practical" the last business day
  (Mon–Fri, not a holiday in the state) on or before it; the earliest end is the first
  whose practical deadline is today or later (contracts.md §4).
- fwd(D, n units) is the forward period for a receipt on D: it starts on D + 1 (§ 187(1))
  and ends on the same weekday (weeks) or the day with D's number (months), clamped to
  the month's last day (§ 188(2),(3)). The legal deadline for an end E is the last D with
  fwd(D) <= E.
- "registered letter" = 3 business days before the practical deadline.
- A fixed term of N months from START (start day counted, § 187(2)) ends on the day
  before the day numbered like START in month START + N; if that day is missing, on the
  month's last day (§ 188(3)).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from _pytest.mark import ParameterSet
from exit_checks import Ids, Texts, assert_subset, run_exits

SERVICE = {"type": "service"}

CASES: list[Any] = [
    # ───────────────────────── state holidays ─────────────────────────
    # NI, Reformationstag + month-end clamping. Clause: 1 month to month_end.
    # today Mon 16.10.2028. End 31.10.2028: legal = 30.09 (fwd(30.09)=30.10; fwd(01.10)=01.11)
    # → passed. End 30.11.2028: fwd(31.10) = "31.11" → 30.11 (§ 188(3)), so legal = Tue
    # 31.10.2028 = Reformationstag in NI → practical Mon 30.10. Registered letter: Fri 27,
    # Thu 26, Wed 25.10 → 25.10. Next end 31.12.2028: fwd(30.11)=30.12, fwd(01.12)=01.01
    # → legal Thu 30.11.2028.
    (
        "ni-reformationstag-one-month-to-month-end",
        "2028-10-16",
        {
            **SERVICE,
            "state": "NI",
            "start": "2027-01-01",
            "fee_unit": "month",
            "notice": {"amount": 1, "unit": "months", "to": "month_end"},
        },
        {
            "ordinary": {
                "possible": True,
                "ends_on": "2028-11-30",
                "legal_deadline": "2028-10-31",
                "practical_deadline": "2028-10-30",
                "send_by": {"registered_letter": "2028-10-25"},
                "next_ends": [{"ends_on": "2028-12-31", "legal_deadline": "2028-11-30"}],
            }
        },
    ),
    # HB, § 626 window ending on Reformationstag. known_on Tue 17.10.2028 + 14 days =
    # Tue 31.10.2028 (Reformationstag in HB) → safe deadline Mon 30.10. today Fri 20.10
    # → open. Ordinary (§ 621 month): 15.10 is gone; 15.11.2028 is a Wednesday → ends 30.11.
    (
        "hb-626-window-ends-on-reformationstag",
        "2028-10-20",
        {
            **SERVICE,
            "state": "HB",
            "start": "2026-01-01",
            "fee_unit": "month",
            "known_on": "2028-10-17",
        },
        {
            "ordinary": {
                "possible": True,
                "ends_on": "2028-11-30",
                "legal_deadline": "2028-11-15",
                "practical_deadline": "2028-11-15",
            },
            "extraordinary": {
                "window_ends": "2028-10-31",
                "safe_deadline": "2028-10-30",
                "open": True,
            },
        },
    ),
    # SH, fee by days, today is Reformationstag (Tue 31.10.2028). § 621 no. 1: receipt on D
    # ends D + 1. Receipt 31.10 → practical = Mon 30.10 < today → skip. Receipt Wed 01.11
    # (no holiday in SH) → practical 01.11 → ends Thu 02.11. Registered letter: back from
    # 01.11 over the holiday 31.10: Mon 30.10, Fri 27.10, Thu 26.10 → 26.10.
    (
        "sh-day-fee-today-is-reformationstag",
        "2028-10-31",
        {**SERVICE, "state": "SH", "start": "2027-05-01", "fee_unit": "day"},
        {
            "ordinary": {
                "possible": True,
                "ends_on": "2028-11-02",
                "legal_deadline": "2028-11-01",
                "practical_deadline": "2028-11-01",
                "send_by": {"registered_letter": "2028-10-26"},
            }
        },
    ),
    # BB, Reformationstag in the middle of a week. Clause: 1 month to any day.
    # today Tue 30.10.2029. End 29.11: legal Mon 29.10 < today. End 30.11.2029:
    # fwd(31.10) = "31.11" → 30.11, so legal = Wed 31.10.2029 (Reformationstag in BB)
    # → practical Tue 30.10 = today → earliest end Fri 30.11.2029.
    (
        "bb-one-month-any-day-reformationstag",
        "2029-10-30",
        {
            **SERVICE,
            "state": "BB",
            "start": "2028-01-01",
            "fee_unit": "month",
            "notice": {"amount": 1, "unit": "months", "to": "any_day"},
        },
        {
            "ordinary": {
                "possible": True,
                "ends_on": "2029-11-30",
                "legal_deadline": "2029-10-31",
                "practical_deadline": "2029-10-30",
            }
        },
    ),
    # BB, § 626 window ending on Ostersonntag (a Sunday anyway, also listed as holiday in BB).
    # known_on Sun 14.03.2027 + 14 = Sun 28.03.2027 → back: Sat 27.03, Fri 26.03 Karfreitag
    # → safe Thu 25.03. today Mon 15.03 → open. Ordinary § 621 month: 15.03.2027 is a
    # Monday and today → ends 31.03.2027.
    (
        "bb-626-window-ends-on-easter-sunday",
        "2027-03-15",
        {
            **SERVICE,
            "state": "BB",
            "start": "2026-01-01",
            "fee_unit": "month",
            "known_on": "2027-03-14",
        },
        {
            "ordinary": {
                "ends_on": "2027-03-31",
                "legal_deadline": "2027-03-15",
                "practical_deadline": "2027-03-15",
            },
            "extraordinary": {
                "window_ends": "2027-03-28",
                "safe_deadline": "2027-03-25",
                "open": True,
            },
        },
    ),
    # BB, weekly fee at Whitsun. today Sun 16.05.2027 (Pfingstsonntag – a Sunday anyway).
    # Week of Mon 10.05: deadline Mon 10.05 passed. Week of Mon 17.05: Pfingstmontag →
    # first Werktag Tue 18.05 (legal = practical) → ends that week's Saturday 22.05.2027.
    (
        "bb-weekly-fee-whit-monday",
        "2027-05-16",
        {**SERVICE, "state": "BB", "start": "2026-01-05", "fee_unit": "week"},
        {
            "ordinary": {
                "possible": True,
                "ends_on": "2027-05-22",
                "legal_deadline": "2027-05-18",
                "practical_deadline": "2027-05-18",
            }
        },
    ),
    # MV, weekly fee, Internationaler Frauentag on a Monday. today Mon 08.03.2027 (Frauentag
    # in MV) → first Werktag of this week is Tue 09.03 → legal = practical 09.03, ends Sat
    # 13.03 (Saturday is a Werktag and the week's end). Next week: Mon 15.03 → ends Sat 20.03.
    (
        "mv-weekly-fee-frauentag-monday",
        "2027-03-08",
        {**SERVICE, "state": "MV", "start": "2026-01-05", "fee_unit": "week"},
        {
            "ordinary": {
                "possible": True,
                "ends_on": "2027-03-13",
                "legal_deadline": "2027-03-09",
                "practical_deadline": "2027-03-09",
                "next_ends": [{"ends_on": "2027-03-20", "legal_deadline": "2027-03-15"}],
            }
        },
    ),
    # MV, § 626 in a leap year ending on Frauentag. known_on Wed 23.02.2028 + 14 days:
    # February 2028 has 29 days → Wed 08.03.2028 (Frauentag in MV) → safe Tue 07.03.
    (
        "mv-626-window-ends-on-frauentag-leap-year",
        "2028-02-24",
        {
            **SERVICE,
            "state": "MV",
            "start": "2026-01-01",
            "fee_unit": "month",
            "known_on": "2028-02-23",
        },
        {
            "extraordinary": {
                "window_ends": "2028-03-08",
                "safe_deadline": "2028-03-07",
                "open": True,
            }
        },
    ),
    # BE, fee by days, today Sat 06.03.2027. Receipt Sat 06 / Sun 07 → practical Fri 05
    # < today. Receipt Mon 08.03 = Frauentag in BE → practical Fri 05 < today. Receipt
    # Tue 09.03 → practical 09.03 → ends Wed 10.03.2027.
    (
        "be-day-fee-weekend-then-frauentag",
        "2027-03-06",
        {**SERVICE, "state": "BE", "start": "2026-01-01", "fee_unit": "day"},
        {
            "ordinary": {
                "possible": True,
                "ends_on": "2027-03-10",
                "legal_deadline": "2027-03-09",
                "practical_deadline": "2027-03-09",
            }
        },
    ),
    # BY, the same as BE but Frauentag is no holiday in Bavaria: receipt Mon 08.03 is a
    # business day → ends Tue 09.03.2027.
    (
        "by-day-fee-weekend-no-frauentag",
        "2027-03-06",
        {**SERVICE, "state": "BY", "start": "2026-01-01", "fee_unit": "day"},
        {
            "ordinary": {
                "ends_on": "2027-03-09",
                "legal_deadline": "2027-03-08",
                "practical_deadline": "2027-03-08",
            }
        },
    ),
    # TH, § 626 window ending on Weltkindertag. known_on Wed 06.09.2028 + 14 = Wed
    # 20.09.2028 (Weltkindertag in TH) → safe Tue 19.09. today Thu 07.09 → open.
    (
        "th-626-window-ends-on-weltkindertag",
        "2028-09-07",
        {
            **SERVICE,
            "state": "TH",
            "start": "2026-01-01",
            "fee_unit": "month",
            "known_on": "2028-09-06",
        },
        {
            "extraordinary": {
                "window_ends": "2028-09-20",
                "safe_deadline": "2028-09-19",
                "open": True,
            }
        },
    ),
    # TH, weekly fee, Weltkindertag on Mon 20.09.2027 (today) → first Werktag Tue 21.09 →
    # ends Sat 25.09.2027.
    (
        "th-weekly-fee-weltkindertag-monday",
        "2027-09-20",
        {**SERVICE, "state": "TH", "start": "2026-01-05", "fee_unit": "week"},
        {
            "ordinary": {
                "ends_on": "2027-09-25",
                "legal_deadline": "2027-09-21",
                "practical_deadline": "2027-09-21",
            }
        },
    ),
    # SN, quarterly fee (§ 621 no. 3): receipt by 19.11 for 31.12. In 2025, 19.11 is
    # Wednesday = Buß- und Bettag in SN → practical Tue 18.11. today Mon 03.11.2025.
    # Registered letter: Mon 17, Fri 14, Thu 13.11 → 13.11. Next end 31.03.2026 with
    # 17.02.2026 (2026 is no leap year; Tuesday).
    (
        "sn-quarter-fee-buss-und-bettag",
        "2025-11-03",
        {**SERVICE, "state": "SN", "start": "2024-01-01", "fee_unit": "quarter"},
        {
            "ordinary": {
                "possible": True,
                "ends_on": "2025-12-31",
                "legal_deadline": "2025-11-19",
                "practical_deadline": "2025-11-18",
                "send_by": {"registered_letter": "2025-11-13"},
                "next_ends": [
                    {
                        "ends_on": "2026-03-31",
                        "legal_deadline": "2026-02-17",
                        "practical_deadline": "2026-02-17",
                    }
                ],
            }
        },
    ),
    # SN, fixed price (§ 621 no. 5: any time, effective on receipt). today Wed 17.11.2027 =
    # Buß- und Bettag → receipt today has practical Tue 16.11 < today; receipt Thu 18.11
    # → ends on receipt: ends_on = legal = practical = 18.11.2027.
    (
        "sn-fixed-fee-today-buss-und-bettag",
        "2027-11-17",
        {**SERVICE, "state": "SN", "start": "2027-01-01", "fee_unit": "fixed"},
        {
            "ordinary": {
                "possible": True,
                "ends_on": "2027-11-18",
                "legal_deadline": "2027-11-18",
                "practical_deadline": "2027-11-18",
            }
        },
    ),
    # ST, Heilige Drei Könige. Clause: 25 days to month_end. End 31.01.2027: fwd(D, 25 days)
    # = D + 25 <= 31.01 → legal Wed 06.01.2027 = Heilige Drei Könige in ST → practical
    # Tue 05.01. today Mon 04.01 → ends 31.01.2027.
    (
        "st-days-clause-heilige-drei-koenige",
        "2027-01-04",
        {
            **SERVICE,
            "state": "ST",
            "start": "2025-01-01",
            "fee_unit": "month",
            "notice": {"amount": 25, "unit": "days", "to": "month_end"},
        },
        {
            "ordinary": {
                "ends_on": "2027-01-31",
                "legal_deadline": "2027-01-06",
                "practical_deadline": "2027-01-05",
            }
        },
    ),
    # BE, the same clause: 06.01 is no holiday in Berlin → practical Wed 06.01.2027.
    (
        "be-days-clause-no-heilige-drei-koenige",
        "2027-01-04",
        {
            **SERVICE,
            "state": "BE",
            "start": "2025-01-01",
            "fee_unit": "month",
            "notice": {"amount": 25, "unit": "days", "to": "month_end"},
        },
        {
            "ordinary": {
                "ends_on": "2027-01-31",
                "legal_deadline": "2027-01-06",
                "practical_deadline": "2027-01-06",
            }
        },
    ),
    # BW, § 626 over New Year. known_on Thu 23.12.2027 + 14 = Thu 06.01.2028 (Heilige Drei
    # Könige in BW) → safe Wed 05.01.2028. today Mon 27.12.2027 → open.
    (
        "bw-626-window-ends-on-heilige-drei-koenige",
        "2027-12-27",
        {
            **SERVICE,
            "state": "BW",
            "start": "2026-01-01",
            "fee_unit": "month",
            "known_on": "2027-12-23",
        },
        {
            "extraordinary": {
                "window_ends": "2028-01-06",
                "safe_deadline": "2028-01-05",
                "open": True,
            }
        },
    ),
    # BY, Mariä Himmelfahrt. known_on Tue 01.08.2028 + 14 = Tue 15.08.2028.
    # JUDGEMENT (noted here, not by the app): 15.08 is a public holiday only in Bavarian
    # municipalities with a mainly Catholic population (most of them, incl. Munich). The
    # `holidays` library lists it for BY only in its "catholic" category, and the RULE says
    # holidays come from the library with the state → for "BY" 15.08 counts as a business
    # day and the safe deadline stays Tue 15.08. A careful user in Munich would send by 14.08.
    (
        "by-626-mariae-himmelfahrt-not-in-library",
        "2028-08-02",
        {
            **SERVICE,
            "state": "BY",
            "start": "2026-01-01",
            "fee_unit": "month",
            "known_on": "2028-08-01",
        },
        {
            "extraordinary": {
                "window_ends": "2028-08-15",
                "safe_deadline": "2028-08-15",
                "open": True,
            }
        },
    ),
    # SL, the same dates: Mariä Himmelfahrt is a holiday in all of Saarland → safe Mon 14.08.
    (
        "sl-626-window-ends-on-mariae-himmelfahrt",
        "2028-08-02",
        {
            **SERVICE,
            "state": "SL",
            "start": "2026-01-01",
            "fee_unit": "month",
            "known_on": "2028-08-01",
        },
        {
            "extraordinary": {
                "window_ends": "2028-08-15",
                "safe_deadline": "2028-08-14",
                "open": True,
            }
        },
    ),
    # NW, weekly fee, Allerheiligen on Mon 01.11.2027. today Sat 30.10 → the week of
    # Mon 25.10 is gone. Week of 01.11: Monday is a holiday in NW → first Werktag Tue 02.11
    # → ends Sat 06.11.2027. Registered letter: Mon 01.11 skipped → Fri 29, Thu 28, Wed 27.10.
    (
        "nw-weekly-fee-allerheiligen-monday",
        "2027-10-30",
        {**SERVICE, "state": "NW", "start": "2026-01-05", "fee_unit": "week"},
        {
            "ordinary": {
                "ends_on": "2027-11-06",
                "legal_deadline": "2027-11-02",
                "practical_deadline": "2027-11-02",
                "send_by": {"registered_letter": "2027-10-27"},
            }
        },
    ),
    # BW, § 626 window ending on Allerheiligen: known_on Wed 18.10.2028 + 14 = Wed 01.11.2028
    # (holiday in BW) → safe Tue 31.10 (Reformationstag is no holiday in BW).
    (
        "bw-626-window-ends-on-allerheiligen",
        "2028-10-19",
        {
            **SERVICE,
            "state": "BW",
            "start": "2026-01-01",
            "fee_unit": "month",
            "known_on": "2028-10-18",
        },
        {
            "extraordinary": {
                "window_ends": "2028-11-01",
                "safe_deadline": "2028-10-31",
                "open": True,
            }
        },
    ),
    # RP, clause 1 month to any day, today Wed 01.11.2028 = Allerheiligen in RP.
    # End 30.11: legal 31.10 (fwd(31.10) = "31.11" → 30.11) → practical Tue 31.10 < today.
    # End 01.12: legal 01.11 (holiday) → practical 31.10 < today.
    # End 02.12: legal Thu 02.11 → practical 02.11 → earliest end Sat 02.12.2028.
    (
        "rp-any-day-clause-today-allerheiligen",
        "2028-11-01",
        {
            **SERVICE,
            "state": "RP",
            "start": "2027-06-01",
            "fee_unit": "month",
            "notice": {"amount": 1, "unit": "months", "to": "any_day"},
        },
        {
            "ordinary": {
                "ends_on": "2028-12-02",
                "legal_deadline": "2028-11-02",
                "practical_deadline": "2028-11-02",
            }
        },
    ),
    # SL, § 627 on Allerheiligen. today Wed 01.11.2028 (holiday in SL) → any-time notice:
    # first business day on or after today = Thu 02.11.2028. Ordinary § 621 month:
    # 15.11.2028 is a Wednesday → ends 30.11.2028.
    (
        "sl-627-today-allerheiligen",
        "2028-11-01",
        {
            **SERVICE,
            "state": "SL",
            "start": "2027-01-01",
            "fee_unit": "month",
            "higher_services_trust": True,
        },
        {
            "any_time": {"ends_on": "2028-11-02"},
            "ordinary": {"ends_on": "2028-11-30", "legal_deadline": "2028-11-15"},
        },
    ),
    # HE, monthly fee (§ 621 no. 3), 15.06.2028 is Thursday = Fronleichnam in HE →
    # practical Wed 14.06. today Thu 01.06. Registered letter: Tue 13, Mon 12, Fri 09.06.
    # Next end 31.07.2028: legal Sat 15.07 → practical Fri 14.07.
    (
        "he-monthly-15th-is-fronleichnam",
        "2028-06-01",
        {**SERVICE, "state": "HE", "start": "2024-01-01", "fee_unit": "month"},
        {
            "ordinary": {
                "possible": True,
                "ends_on": "2028-06-30",
                "legal_deadline": "2028-06-15",
                "practical_deadline": "2028-06-14",
                "send_by": {"registered_letter": "2028-06-09"},
                "next_ends": [
                    {
                        "ends_on": "2028-07-31",
                        "legal_deadline": "2028-07-15",
                        "practical_deadline": "2028-07-14",
                    }
                ],
            }
        },
    ),
    # HH, the same contract: Fronleichnam is no holiday in Hamburg → practical Thu 15.06;
    # registered letter Wed 14, Tue 13, Mon 12.06 → 12.06.
    (
        "hh-monthly-15th-no-fronleichnam",
        "2028-06-01",
        {**SERVICE, "state": "HH", "start": "2024-01-01", "fee_unit": "month"},
        {
            "ordinary": {
                "ends_on": "2028-06-30",
                "legal_deadline": "2028-06-15",
                "practical_deadline": "2028-06-15",
                "send_by": {"registered_letter": "2028-06-12"},
            }
        },
    ),
    # BY, § 626 window on Fronleichnam: known_on Thu 13.05.2027 + 14 = Thu 27.05.2027
    # (Fronleichnam in BY) → safe Wed 26.05.
    (
        "by-626-window-ends-on-fronleichnam",
        "2027-05-14",
        {
            **SERVICE,
            "state": "BY",
            "start": "2026-01-01",
            "fee_unit": "month",
            "known_on": "2027-05-13",
        },
        {
            "extraordinary": {
                "window_ends": "2027-05-27",
                "safe_deadline": "2027-05-26",
                "open": True,
            }
        },
    ),
    # ───────────────────────── leap years ─────────────────────────
    # BE, clause 1 month to any day, today Sat 29.01.2028. End 28.02: legal Fri 28.01 <
    # today. End Tue 29.02.2028: fwd(29.01)=29.02, fwd(30.01)=fwd(31.01)="30./31.02" →
    # 29.02, fwd(01.02)=01.03 → legal Mon 31.01.2028 = practical → ends 29.02.2028.
    (
        "leap-one-month-any-day-ends-29-february",
        "2028-01-29",
        {
            **SERVICE,
            "state": "BE",
            "start": "2027-01-01",
            "fee_unit": "month",
            "notice": {"amount": 1, "unit": "months", "to": "any_day"},
        },
        {
            "ordinary": {
                "ends_on": "2028-02-29",
                "legal_deadline": "2028-01-31",
                "practical_deadline": "2028-01-31",
            }
        },
    ),
    # BE, annual fee (counts as "quarters or longer"): six weeks before 31.03.2032 is
    # 18.02.2032 (leap year; a Wednesday) → ends 31.03.2032.
    (
        "leap-annual-fee-18-february-2032",
        "2032-02-02",
        {**SERVICE, "state": "BE", "start": "2030-01-01", "fee_unit": "year"},
        {
            "ordinary": {
                "ends_on": "2032-03-31",
                "legal_deadline": "2032-02-18",
                "practical_deadline": "2032-02-18",
            }
        },
    ),
    # BE, quarterly fee, no leap year: 31.03.2027 − 42 days = Wed 17.02.2027.
    (
        "quarter-fee-17-february-non-leap",
        "2027-02-01",
        {**SERVICE, "state": "BE", "start": "2026-01-01", "fee_unit": "quarter"},
        {
            "ordinary": {
                "ends_on": "2027-03-31",
                "legal_deadline": "2027-02-17",
                "practical_deadline": "2027-02-17",
            }
        },
    ),
    # BE, quarterly fee, today Thu 18.02.2027: 18.02 works only in leap years, so 31.03 is
    # gone → next: receipt by Wed 19.05.2027 (no holiday) for 30.06.2027.
    (
        "quarter-fee-18-february-too-late-non-leap",
        "2027-02-18",
        {**SERVICE, "state": "BE", "start": "2026-01-01", "fee_unit": "quarter"},
        {
            "ordinary": {
                "ends_on": "2027-06-30",
                "legal_deadline": "2027-05-19",
                "practical_deadline": "2027-05-19",
            }
        },
    ),
    # HH, 12-month fixed term from 01.03.2027 without a clause: the day before 01.03.2028
    # is 29.02.2028 (contracts.md §4) → no ordinary notice, it runs out on 29.02.2028.
    (
        "leap-12-month-term-from-1-march-ends-29-february",
        "2027-09-01",
        {
            **SERVICE,
            "state": "HH",
            "start": "2027-03-01",
            "fee_unit": "month",
            "term": {"months": 12},
        },
        {
            "ordinary": {
                "possible": False,
                "ends_on": "2028-02-29",
                "legal_deadline": None,
                "practical_deadline": None,
            }
        },
    ),
    # SH, 3 months to the term end 29.02.2028 (term 01.03.2027–29.02.2028, renewals of
    # 12 months). fwd(30.11.2027) = "30.02.2028" → 29.02, fwd(01.12) = 01.03 → legal Tue
    # 30.11.2027 (not only 29.11, contracts.md §4). today = 30.11 → just in time.
    # Registered letter: Mon 29, Fri 26, Thu 25.11. Next term ends 28.02.2029
    # (01.03.2028 + 12 months − 1 day); fwd(30.11.2028) = "30.02.2029" → 28.02 → legal 30.11.2028.
    (
        "leap-3-months-to-29-february-received-30-november",
        "2027-11-30",
        {
            **SERVICE,
            "state": "SH",
            "start": "2027-03-01",
            "fee_unit": "month",
            "term": {"months": 12},
            "renewal": {"months": 12},
            "notice": {"amount": 3, "unit": "months", "to": "term_end"},
        },
        {
            "ordinary": {
                "possible": True,
                "ends_on": "2028-02-29",
                "legal_deadline": "2027-11-30",
                "practical_deadline": "2027-11-30",
                "send_by": {"registered_letter": "2027-11-25"},
                "next_ends": [{"ends_on": "2029-02-28", "legal_deadline": "2028-11-30"}],
            }
        },
    ),
    # NI, § 626 over 29.02: known_on Wed 16.02.2028 + 14 days → 16 + 14 = 30 → Feb 2028
    # has 29 days → Wed 01.03.2028 (a business day) → safe 01.03.
    (
        "leap-626-window-over-29-february",
        "2028-02-20",
        {
            **SERVICE,
            "state": "NI",
            "start": "2026-01-01",
            "fee_unit": "month",
            "known_on": "2028-02-16",
        },
        {
            "extraordinary": {
                "window_ends": "2028-03-01",
                "safe_deadline": "2028-03-01",
                "open": True,
            }
        },
    ),
    # ───────────────────────── year ends ─────────────────────────
    # BY, clause 3 months to quarter_end, today Fri 01.12.2028. End 31.12.2028: legal
    # 30.09 gone. End 31.03.2029: fwd(31.12.2028) = 31.03 → legal Sun 31.12.2028 → back
    # Sat 30 → practical Fri 29.12. Registered letter: Thu 28 (1), Wed 27 (2), Tue 26 and
    # Mon 25 are Christmas, Sun/Sat → Fri 22.12 (3). Next end 30.06.2029: fwd(31.03.2029)
    # = "31.06" → 30.06 → legal 31.03.2029.
    (
        "year-end-quarter-clause-31-december-is-sunday",
        "2028-12-01",
        {
            **SERVICE,
            "state": "BY",
            "start": "2026-04-01",
            "fee_unit": "month",
            "notice": {"amount": 3, "unit": "months", "to": "quarter_end"},
        },
        {
            "ordinary": {
                "possible": True,
                "ends_on": "2029-03-31",
                "legal_deadline": "2028-12-31",
                "practical_deadline": "2028-12-29",
                "send_by": {"registered_letter": "2028-12-22"},
                "next_ends": [{"ends_on": "2029-06-30", "legal_deadline": "2029-03-31"}],
            }
        },
    ),
    # BE, clause 1 month to any day across New Year, today Thu 31.12.2026. End 30.01.2027
    # needs receipt 30.12 (gone). End 31.01.2027: fwd(31.12) = 31.01, fwd(01.01) = 01.02 →
    # legal = practical 31.12.2026. Registered letter: Wed 30, Tue 29, Mon 28.12.
    (
        "one-month-any-day-over-new-year",
        "2026-12-31",
        {
            **SERVICE,
            "state": "BE",
            "start": "2025-01-01",
            "fee_unit": "month",
            "notice": {"amount": 1, "unit": "months", "to": "any_day"},
        },
        {
            "ordinary": {
                "ends_on": "2027-01-31",
                "legal_deadline": "2026-12-31",
                "practical_deadline": "2026-12-31",
                "send_by": {"registered_letter": "2026-12-28"},
            }
        },
    ),
    # HE, weekly fee at Christmas 2028: today Mon 25.12 (holiday); Mon 25 and Tue 26 are
    # holidays → first Werktag Wed 27.12 → ends Sat 30.12.2028. Next week: Mon 01.01.2029
    # Neujahr → Tue 02.01 → ends Sat 06.01.2029.
    (
        "weekly-fee-christmas-week",
        "2028-12-25",
        {**SERVICE, "state": "HE", "start": "2026-01-05", "fee_unit": "week"},
        {
            "ordinary": {
                "ends_on": "2028-12-30",
                "legal_deadline": "2028-12-27",
                "practical_deadline": "2028-12-27",
                "next_ends": [{"ends_on": "2029-01-06", "legal_deadline": "2029-01-02"}],
            }
        },
    ),
    # BY, weekly fee, today Sat 30.12.2028: this week's deadline (Wed 27.12) is gone.
    # Week of Mon 01.01.2029 (Neujahr) → first Werktag Tue 02.01 → ends Sat 06.01.2029,
    # itself Heilige Drei Könige in BY — an end date does not move. Registered letter:
    # back from 02.01 over Neujahr and the weekend: Fri 29, Thu 28, Wed 27.12.
    (
        "weekly-fee-new-year-end-on-saturday-holiday",
        "2028-12-30",
        {**SERVICE, "state": "BY", "start": "2026-01-05", "fee_unit": "week"},
        {
            "ordinary": {
                "ends_on": "2029-01-06",
                "legal_deadline": "2029-01-02",
                "practical_deadline": "2029-01-02",
                "send_by": {"registered_letter": "2028-12-27"},
            }
        },
    ),
    # HH, 1 month to term_end at the year end: term 01.01.–31.12.2026, renewals of 12
    # months. fwd(30.11) = 30.12, fwd(01.12) = 01.01 → legal Mon 30.11.2026. today 02.11.
    (
        "renewal-one-month-to-year-end",
        "2026-11-02",
        {
            **SERVICE,
            "state": "HH",
            "start": "2026-01-01",
            "fee_unit": "month",
            "term": {"months": 12},
            "renewal": {"months": 12},
            "notice": {"amount": 1, "unit": "months", "to": "term_end"},
        },
        {
            "ordinary": {
                "ends_on": "2026-12-31",
                "legal_deadline": "2026-11-30",
                "practical_deadline": "2026-11-30",
            }
        },
    ),
    # ───────────────────────── month-end clamping ─────────────────────────
    # NW, clause 1 month to any day, today Fri 29.01.2027. End Sat 27.02: legal Wed 27.01
    # gone. End Sun 28.02.2027: fwd(31.01) = "31.02" → 28.02 → legal Sun 31.01.2027 →
    # practical Fri 29.01 = today. Registered letter: Thu 28, Wed 27, Tue 26.01.
    (
        "month-end-clamp-31-january-plus-one-month",
        "2027-01-29",
        {
            **SERVICE,
            "state": "NW",
            "start": "2025-01-01",
            "fee_unit": "month",
            "notice": {"amount": 1, "unit": "months", "to": "any_day"},
        },
        {
            "ordinary": {
                "ends_on": "2027-02-28",
                "legal_deadline": "2027-01-31",
                "practical_deadline": "2027-01-29",
                "send_by": {"registered_letter": "2027-01-26"},
            }
        },
    ),
    # BW, renewal missed by a day, then clamping backwards. Term 01.07.–31.12.2026,
    # renewals of 6 months, 1 month to term_end. For 31.12.2026 the legal deadline is Mon
    # 30.11.2026 < today Tue 01.12. Next period ends 30.06.2027: fwd(31.05.2027) = "31.06"
    # → 30.06, so legal = Mon 31.05.2027 (not 30.05) → ends 30.06.2027.
    (
        "renewal-missed-then-31-may-for-30-june",
        "2026-12-01",
        {
            **SERVICE,
            "state": "BW",
            "start": "2026-07-01",
            "fee_unit": "month",
            "term": {"months": 6},
            "renewal": {"months": 6},
            "notice": {"amount": 1, "unit": "months", "to": "term_end"},
        },
        {
            "ordinary": {
                "possible": True,
                "ends_on": "2027-06-30",
                "legal_deadline": "2027-05-31",
                "practical_deadline": "2027-05-31",
            }
        },
    ),
    # ───────────────────────── fee units ─────────────────────────
    # BE, weekly fee, today Tue 08.06.2027: this week's first Werktag (Mon 07.06) is gone
    # → week of Mon 14.06 → ends Sat 19.06.2027.
    (
        "weekly-fee-tuesday-misses-monday",
        "2027-06-08",
        {**SERVICE, "state": "BE", "start": "2026-01-05", "fee_unit": "week"},
        {
            "ordinary": {
                "ends_on": "2027-06-19",
                "legal_deadline": "2027-06-14",
                "practical_deadline": "2027-06-14",
            }
        },
    ),
    # RP, hourly fee → treated like days (JUDGEMENT). today Sat 13.02.2027: receipt Sat/Sun
    # → practical Fri 12 < today; receipt Mon 15.02 (Rosenmontag is no public holiday)
    # → ends Tue 16.02.2027. The JUDGEMENT about the hourly fee must be shown.
    (
        "hourly-fee-judgement-weekend",
        "2027-02-13",
        {**SERVICE, "state": "RP", "start": "2026-01-01", "fee_unit": "hour"},
        {
            "ordinary": {
                "possible": True,
                "ends_on": "2027-02-16",
                "legal_deadline": "2027-02-15",
                "practical_deadline": "2027-02-15",
            },
            "judgements": Texts("hour"),
        },
    ),
    # HB, fixed price, today Wed 07.04.2027 (a business day): effective on receipt today.
    (
        "fixed-fee-effective-on-receipt",
        "2027-04-07",
        {**SERVICE, "state": "HB", "start": "2027-01-01", "fee_unit": "fixed"},
        {
            "ordinary": {
                "possible": True,
                "ends_on": "2027-04-07",
                "legal_deadline": "2027-04-07",
                "practical_deadline": "2027-04-07",
            }
        },
    ),
    # HH, fee by days, today Fri 09.04.2027: receipt today → ends Sat 10.04.2027.
    (
        "day-fee-friday",
        "2027-04-09",
        {**SERVICE, "state": "HH", "start": "2026-01-01", "fee_unit": "day"},
        {
            "ordinary": {
                "ends_on": "2027-04-10",
                "legal_deadline": "2027-04-09",
                "practical_deadline": "2027-04-09",
            }
        },
    ),
    # HE, monthly fee, today Sat 14.11.2026: 15.11 is a Sunday → practical Fri 13.11 <
    # today, although receipt on 15.11 would still be legal → next: Tue 15.12.2026 for
    # 31.12.2026, then Fri 15.01.2027 for 31.01.2027.
    (
        "monthly-fee-saturday-before-sunday-15th",
        "2026-11-14",
        {**SERVICE, "state": "HE", "start": "2024-01-01", "fee_unit": "month"},
        {
            "ordinary": {
                "ends_on": "2026-12-31",
                "legal_deadline": "2026-12-15",
                "practical_deadline": "2026-12-15",
                "next_ends": [{"ends_on": "2027-01-31", "legal_deadline": "2027-01-15"}],
            }
        },
    ),
    # ───────────────────────── notice clauses ─────────────────────────
    # HE, 30 days to any day, today Thu 01.07.2027: receipt today → 01.07 + 30 = Sat 31.07.
    (
        "clause-30-days-any-day",
        "2027-07-01",
        {
            **SERVICE,
            "state": "HE",
            "start": "2026-01-01",
            "fee_unit": "month",
            "notice": {"amount": 30, "unit": "days", "to": "any_day"},
        },
        {
            "ordinary": {
                "ends_on": "2027-07-31",
                "legal_deadline": "2027-07-01",
                "practical_deadline": "2027-07-01",
            }
        },
    ),
    # NW, 2 weeks to any day, today Sat 03.07.2027. Ends Sat 17.07 / Sun 18.07 need receipt
    # Sat 03 / Sun 04 → practical Fri 02 < today. End Mon 19.07 ← receipt Mon 05.07.
    (
        "clause-2-weeks-any-day-from-saturday",
        "2027-07-03",
        {
            **SERVICE,
            "state": "NW",
            "start": "2026-01-01",
            "fee_unit": "month",
            "notice": {"amount": 2, "unit": "weeks", "to": "any_day"},
        },
        {
            "ordinary": {
                "ends_on": "2027-07-19",
                "legal_deadline": "2027-07-05",
                "practical_deadline": "2027-07-05",
            }
        },
    ),
    # SL, 4 weeks to month_end, today Mon 25.01.2027. End 31.01: receipt by 03.01 gone.
    # End Sun 28.02.2027: 28.02 − 28 days = Sun 31.01.2027 → practical Fri 29.01.
    (
        "clause-4-weeks-to-month-end-february",
        "2027-01-25",
        {
            **SERVICE,
            "state": "SL",
            "start": "2026-01-01",
            "fee_unit": "month",
            "notice": {"amount": 4, "unit": "weeks", "to": "month_end"},
        },
        {
            "ordinary": {
                "ends_on": "2027-02-28",
                "legal_deadline": "2027-01-31",
                "practical_deadline": "2027-01-29",
            }
        },
    ),
    # ST, 6 weeks to quarter_end in a leap year: 31.03.2028 − 42 days = Fri 18.02.2028.
    (
        "clause-6-weeks-to-quarter-end-leap-year",
        "2028-02-10",
        {
            **SERVICE,
            "state": "ST",
            "start": "2026-01-01",
            "fee_unit": "month",
            "notice": {"amount": 6, "unit": "weeks", "to": "quarter_end"},
        },
        {
            "ordinary": {
                "ends_on": "2028-03-31",
                "legal_deadline": "2028-02-18",
                "practical_deadline": "2028-02-18",
            }
        },
    ),
    # HH, 3 months to quarter_end, today Sun 03.01.2027. End 31.03.2027 needed receipt by
    # 31.12.2026. End 30.06.2027: fwd(31.03) = "31.06" → 30.06 → legal Wed 31.03.2027.
    # Next end 30.09.2027: fwd(30.06) = 30.09, fwd(01.07) = 01.10 → legal 30.06.2027.
    (
        "clause-3-months-to-quarter-end-after-new-year",
        "2027-01-03",
        {
            **SERVICE,
            "state": "HH",
            "start": "2025-01-01",
            "fee_unit": "month",
            "notice": {"amount": 3, "unit": "months", "to": "quarter_end"},
        },
        {
            "ordinary": {
                "ends_on": "2027-06-30",
                "legal_deadline": "2027-03-31",
                "practical_deadline": "2027-03-31",
                "next_ends": [{"ends_on": "2027-09-30", "legal_deadline": "2027-06-30"}],
            }
        },
    ),
    # BE, 4 weeks to term_end: term 01.05.2026–30.04.2027 (renewals of 12 months).
    # 30.04.2027 − 28 days = Fri 02.04.2027 (Easter 2027 is a week earlier). today 31.03.
    (
        "clause-4-weeks-to-term-end",
        "2027-03-31",
        {
            **SERVICE,
            "state": "BE",
            "start": "2026-05-01",
            "fee_unit": "month",
            "term": {"months": 12},
            "renewal": {"months": 12},
            "notice": {"amount": 4, "unit": "weeks", "to": "term_end"},
        },
        {
            "ordinary": {
                "ends_on": "2027-04-30",
                "legal_deadline": "2027-04-02",
                "practical_deadline": "2027-04-02",
            }
        },
    ),
    # ───────────────────────── renewals ─────────────────────────
    # TH, just in time: term 01.10.2025–30.09.2026, 3 months to term_end → legal Tue
    # 30.06.2026 = today. Next period ends 30.09.2027 with legal Wed 30.06.2027.
    (
        "renewal-just-in-time",
        "2026-06-30",
        {
            **SERVICE,
            "state": "TH",
            "start": "2025-10-01",
            "fee_unit": "month",
            "term": {"months": 12},
            "renewal": {"months": 12},
            "notice": {"amount": 3, "unit": "months", "to": "term_end"},
        },
        {
            "ordinary": {
                "possible": True,
                "ends_on": "2026-09-30",
                "legal_deadline": "2026-06-30",
                "practical_deadline": "2026-06-30",
                "next_ends": [{"ends_on": "2027-09-30", "legal_deadline": "2027-06-30"}],
            }
        },
    ),
    # HB, term 01.04.2028–31.03.2029, 3 months to term_end: legal Sun 31.12.2028 →
    # practical Fri 29.12.2028 = today → still in time.
    (
        "renewal-deadline-on-sunday-practical-friday",
        "2028-12-29",
        {
            **SERVICE,
            "state": "HB",
            "start": "2028-04-01",
            "fee_unit": "month",
            "term": {"months": 12},
            "renewal": {"months": 12},
            "notice": {"amount": 3, "unit": "months", "to": "term_end"},
        },
        {
            "ordinary": {
                "ends_on": "2029-03-31",
                "legal_deadline": "2028-12-31",
                "practical_deadline": "2028-12-29",
            }
        },
    ),
    # HB, the same on Sat 30.12.2028: receipt on Sun 31.12 would still be legal, but the
    # practical deadline (29.12) is gone → the contract renews to 31.03.2030; legal Mon
    # 31.12.2029 (a business day) = practical.
    (
        "renewal-missed-because-practical-deadline-passed",
        "2028-12-30",
        {
            **SERVICE,
            "state": "HB",
            "start": "2028-04-01",
            "fee_unit": "month",
            "term": {"months": 12},
            "renewal": {"months": 12},
            "notice": {"amount": 3, "unit": "months", "to": "term_end"},
        },
        {
            "ordinary": {
                "ends_on": "2030-03-31",
                "legal_deadline": "2029-12-31",
                "practical_deadline": "2029-12-31",
            }
        },
    ),
    # HE, renewal without a notice clause (JUDGEMENT): notice must be received by the last
    # day of the term, Thu 31.12.2026 (no public holiday) → ends 31.12.2026.
    (
        "renewal-without-clause-judgement",
        "2026-12-01",
        {
            **SERVICE,
            "state": "HE",
            "start": "2026-01-01",
            "fee_unit": "month",
            "term": {"months": 12},
            "renewal": {"months": 12},
        },
        {
            "ordinary": {
                "possible": True,
                "ends_on": "2026-12-31",
                "legal_deadline": "2026-12-31",
                "practical_deadline": "2026-12-31",
            },
            "judgements": Texts("renew"),
        },
    ),
    # HH, renewal without a clause, the term 01.08.2026–31.07.2027 ends on a Saturday →
    # legal Sat 31.07.2027, practical Fri 30.07.
    (
        "renewal-without-clause-term-ends-saturday",
        "2027-07-01",
        {
            **SERVICE,
            "state": "HH",
            "start": "2026-08-01",
            "fee_unit": "month",
            "term": {"months": 12},
            "renewal": {"months": 12},
        },
        {
            "ordinary": {
                "ends_on": "2027-07-31",
                "legal_deadline": "2027-07-31",
                "practical_deadline": "2027-07-30",
            },
            "judgements": Texts("renew"),
        },
    ),
    # ───────────────────────── fixed terms ─────────────────────────
    # RP, 24-month fixed term from 01.02.2026 without a clause → no ordinary notice; runs
    # out on the day before 01.02.2028 = 31.01.2028.
    (
        "fixed-term-without-clause",
        "2027-05-05",
        {
            **SERVICE,
            "state": "RP",
            "start": "2026-02-01",
            "fee_unit": "month",
            "term": {"months": 24},
        },
        {
            "ordinary": {
                "possible": False,
                "ends_on": "2028-01-31",
                "legal_deadline": None,
                "practical_deadline": None,
            },
            "scenarios": Ids("mutual"),
        },
    ),
    # SN, fixed term to 31.12.2027 with a clause (1 month to month_end): the clause wins.
    # today Wed 10.06.2026. End 30.06: fwd(31.05) = "31.06" → 30.06 → legal 31.05 gone.
    # End 31.07: fwd(30.06) = 30.07, fwd(01.07) = 01.08 → legal Tue 30.06.2026.
    (
        "fixed-term-with-clause",
        "2026-06-10",
        {
            **SERVICE,
            "state": "SN",
            "start": "2026-01-01",
            "fee_unit": "month",
            "term": {"months": 24},
            "notice": {"amount": 1, "unit": "months", "to": "month_end"},
        },
        {
            "ordinary": {
                "possible": True,
                "ends_on": "2026-07-31",
                "legal_deadline": "2026-06-30",
                "practical_deadline": "2026-06-30",
            }
        },
    ),
    # HH, fixed term 01.01.–31.12.2026 with 3 months to month_end, today 15.10.2026:
    # 31.12 needed receipt by 30.09; the next clause end (31.01.2027) lies after the term
    # → notice cannot end it sooner; it simply runs out on 31.12.2026.
    (
        "fixed-term-clause-too-late-runs-out",
        "2026-10-15",
        {
            **SERVICE,
            "state": "HH",
            "start": "2026-01-01",
            "fee_unit": "month",
            "term": {"months": 12},
            "notice": {"amount": 3, "unit": "months", "to": "month_end"},
        },
        {
            "ordinary": {
                "possible": False,
                "ends_on": "2026-12-31",
                "legal_deadline": None,
            }
        },
    ),
    # RP, 6-month fixed term from 31.08.2026 (start day counted, § 187(2)). § 188(2): it
    # ends on the day before the day numbered 31 in February 2027 — "30.02" does not
    # exist → § 188(3): the last day of February, Sun 28.02.2027 (the same end as a term
    # from 01.09.2026; cf. someone born on 29.02 completes a year at the end of 28.02).
    # Clamping first and then subtracting a day ("28.02 − 1 = 27.02") would cut a day.
    (
        "fixed-term-from-31-august-ends-28-february",
        "2026-09-15",
        {
            **SERVICE,
            "state": "RP",
            "start": "2026-08-31",
            "fee_unit": "month",
            "term": {"months": 6},
        },
        {"ordinary": {"possible": False, "ends_on": "2027-02-28"}},
    ),
    # BY, § 625: the 12-month term 01.01.–31.12.2025 ran out and the work went on, no
    # renewal → treated as indefinite (JUDGEMENT) → § 621 by months. today Mon 02.03.2026:
    # 15.03.2026 is a Sunday → practical Fri 13.03 → ends 31.03.2026.
    pytest.param(
        "fixed-term-ended-continued-625-monthly",
        "2026-03-02",
        {
            **SERVICE,
            "state": "BY",
            "start": "2025-01-01",
            "fee_unit": "month",
            "term": {"months": 12},
        },
        {
            "ordinary": {
                "possible": True,
                "ends_on": "2026-03-31",
                "legal_deadline": "2026-03-15",
                "practical_deadline": "2026-03-13",
            },
            "judgements": Texts("625"),
        },
        id="fixed-term-ended-continued-625-monthly",
    ),
    # HE, § 625 with a clause: term 01.03.2025–28.02.2026 ran out, clause 2 weeks to any
    # day now governs (JUDGEMENT). today Wed 01.04.2026 → ends Wed 15.04.2026.
    pytest.param(
        "fixed-term-ended-continued-625-clause",
        "2026-04-01",
        {
            **SERVICE,
            "state": "HE",
            "start": "2025-03-01",
            "fee_unit": "month",
            "term": {"months": 12},
            "notice": {"amount": 2, "unit": "weeks", "to": "any_day"},
        },
        {
            "ordinary": {
                "possible": True,
                "ends_on": "2026-04-15",
                "legal_deadline": "2026-04-01",
                "practical_deadline": "2026-04-01",
            },
            "judgements": Texts("625"),
        },
        id="fixed-term-ended-continued-625-clause",
    ),
    # ───────────────────────── § 624 (7-year term) ─────────────────────────
    # NW, 84-month term from Thu 10.04.2025 (runs to 09.04.2032), no clause. Five years
    # end 09.04.2030 → first receipt day Wed 10.04.2030; six months → ends Thu 10.10.2030
    # (§ 188(2)). today Mon 03.09.2029 → legal = practical 10.04.2030. Registered letter:
    # Tue 09, Mon 08, Fri 05.04.2030 (Easter 2030 is 21.04).
    (
        "section-624-before-five-years",
        "2029-09-03",
        {
            **SERVICE,
            "state": "NW",
            "start": "2025-04-10",
            "fee_unit": "month",
            "term": {"months": 84},
        },
        {
            "ordinary": {
                "possible": True,
                "rule": "bgb_624",
                "ends_on": "2030-10-10",
                "legal_deadline": "2030-04-10",
                "practical_deadline": "2030-04-10",
                "send_by": {"registered_letter": "2030-04-05"},
            }
        },
    ),
    # NW, the same contract after five years: today Wed 05.02.2031 → receipt today, six
    # months to any day → Tue 05.08.2031 (before the term end 09.04.2032).
    (
        "section-624-after-five-years",
        "2031-02-05",
        {
            **SERVICE,
            "state": "NW",
            "start": "2025-04-10",
            "fee_unit": "month",
            "term": {"months": 84},
        },
        {
            "ordinary": {
                "possible": True,
                "rule": "bgb_624",
                "ends_on": "2031-08-05",
                "legal_deadline": "2031-02-05",
                "practical_deadline": "2031-02-05",
            }
        },
    ),
    # NW, the last useful day: today Wed 08.10.2031 → ends Thu 08.04.2032, one day before
    # the fixed end 09.04.2032.
    (
        "section-624-last-useful-day",
        "2031-10-08",
        {
            **SERVICE,
            "state": "NW",
            "start": "2025-04-10",
            "fee_unit": "month",
            "term": {"months": 84},
        },
        {
            "ordinary": {
                "possible": True,
                "rule": "bgb_624",
                "ends_on": "2032-04-08",
                "legal_deadline": "2031-10-08",
            }
        },
    ),
    # NW, too late for § 624: today Wed 15.10.2031 → six months end 15.04.2032, after the
    # fixed end → the term simply runs out on Fri 09.04.2032.
    (
        "section-624-too-late-term-runs-out",
        "2031-10-15",
        {
            **SERVICE,
            "state": "NW",
            "start": "2025-04-10",
            "fee_unit": "month",
            "term": {"months": 84},
        },
        {"ordinary": {"possible": False, "ends_on": "2032-04-09", "legal_deadline": None}},
    ),
    # ───────────────────────── § 626 closed, § 627 ─────────────────────────
    # HH, § 626 window already closed: known_on Thu 01.10.2026 + 14 = Thu 15.10.2026 (a
    # business day = safe deadline); today 02.11.2026 → open: false. Ordinary: 15.11.2026
    # is a Sunday → practical Fri 13.11 → ends 30.11.2026.
    (
        "626-window-already-closed",
        "2026-11-02",
        {
            **SERVICE,
            "state": "HH",
            "start": "2025-01-01",
            "fee_unit": "month",
            "known_on": "2026-10-01",
        },
        {
            "ordinary": {
                "ends_on": "2026-11-30",
                "legal_deadline": "2026-11-15",
                "practical_deadline": "2026-11-13",
            },
            "extraordinary": {
                "window_ends": "2026-10-15",
                "safe_deadline": "2026-10-15",
                "open": False,
            },
        },
    ),
    # BE, § 627, today Sat 06.03.2027: Sun 07, Mon 08.03 (Frauentag in BE) → first business
    # day Tue 09.03.2027. Ordinary § 621 month: Mon 15.03 → ends 31.03.2027.
    (
        "627-any-time-weekend-and-frauentag",
        "2027-03-06",
        {
            **SERVICE,
            "state": "BE",
            "start": "2026-01-01",
            "fee_unit": "month",
            "higher_services_trust": True,
        },
        {
            "any_time": {"ends_on": "2027-03-09"},
            "ordinary": {"ends_on": "2027-03-31", "legal_deadline": "2027-03-15"},
        },
    ),
    # BY, § 627 on an ordinary Wednesday (16.06.2027) → today.
    (
        "627-any-time-weekday",
        "2027-06-16",
        {
            **SERVICE,
            "state": "BY",
            "start": "2026-01-01",
            "fee_unit": "month",
            "higher_services_trust": True,
        },
        {"any_time": {"ends_on": "2027-06-16"}},
    ),
    # ───────────────────────── work contracts (§ 648 presumption) ─────────────────────────
    # Claim = fee · progress + 5 % · fee · (1 − progress); no ordinary notice.
    # 8000 · 0 + 0.05 · 8000 = 400.00
    (
        "work-contract-not-started",
        "2026-11-23",
        {"type": "work", "state": "NI", "start": "2026-11-01", "fee_total": 8000, "progress": 0},
        {
            "ordinary": {"possible": False, "legal_deadline": None},
            "presumed_claim_if_client_terminates": 400.0,
        },
    ),
    # 10000 · 0.25 = 2500 + 0.05 · 7500 = 375 → 2875.00
    (
        "work-contract-quarter-done",
        "2026-11-23",
        {
            "type": "work",
            "state": "BE",
            "start": "2026-09-01",
            "fee_total": 10000,
            "progress": 0.25,
        },
        {
            "ordinary": {"possible": False, "legal_deadline": None},
            "presumed_claim_if_client_terminates": 2875.0,
        },
    ),
    # 15000 · 1 + 0.05 · 0 = 15000.00
    (
        "work-contract-all-done",
        "2026-11-23",
        {"type": "work", "state": "BW", "start": "2026-01-01", "fee_total": 15000, "progress": 1},
        {
            "ordinary": {"possible": False},
            "presumed_claim_if_client_terminates": 15000.0,
        },
    ),
    # 5000 · 0.9 = 4500 + 0.05 · 500 = 25 → 4525.00
    (
        "work-contract-nine-tenths-done",
        "2026-11-23",
        {"type": "work", "state": "HB", "start": "2026-06-01", "fee_total": 5000, "progress": 0.9},
        {
            "ordinary": {"possible": False},
            "presumed_claim_if_client_terminates": 4525.0,
            "scenarios": Ids("mutual"),
        },
    ),
    # ───────────────────────── Austria, Switzerland: guidance only ─────────────────────────
    # AT free service contract: reasonable notice, text only → no dates.
    pytest.param(
        "austria-service-guidance-only",
        "2026-11-23",
        {"type": "service", "country": "AT", "start": "2025-01-01", "fee_unit": "month"},
        {
            "ordinary": {"ends_on": None, "legal_deadline": None, "practical_deadline": None},
            "scenarios": Ids("mutual"),
        },
        id="austria-service-guidance-only",
    ),
    # CH mandate (Art. 404 OR): any time, text only. "BE" here is the canton of Bern and
    # plays no part — still no dates.
    pytest.param(
        "switzerland-mandate-guidance-only",
        "2026-11-23",
        {
            "type": "service",
            "country": "CH",
            "state": "BE",
            "start": "2025-01-01",
            "fee_unit": "month",
            "notice": {"amount": 1, "unit": "months", "to": "month_end"},
        },
        {"ordinary": {"ends_on": None, "legal_deadline": None, "practical_deadline": None}},
        id="switzerland-mandate-guidance-only",
    ),
    # AT contract for work: guidance only; § 648 BGB is German law → no presumed claim.
    (
        "austria-work-guidance-only",
        "2026-11-23",
        {
            "type": "work",
            "country": "AT",
            "start": "2026-01-01",
            "fee_total": 10000,
            "progress": 0.5,
        },
        {
            "ordinary": {"ends_on": None, "legal_deadline": None},
            "presumed_claim_if_client_terminates": None,
        },
    ),
    # CH contract for work (Art. 377 OR): guidance only, no dates.
    (
        "switzerland-work-guidance-only",
        "2026-11-23",
        {"type": "work", "country": "CH", "start": "2026-01-01"},
        {"ordinary": {"ends_on": None, "legal_deadline": None, "practical_deadline": None}},
    ),
]


def _params(cases: list[Any]) -> list[Any]:
    """Plain tuples become params named by their id; ``pytest.param`` entries stay."""
    return [
        case if isinstance(case, ParameterSet) else pytest.param(*case, id=case[0])
        for case in cases
    ]


def test_enough_worked_cases() -> None:
    ids = [case.values[0] if isinstance(case, ParameterSet) else case[0] for case in CASES]
    assert len(ids) >= 45
    assert len(set(ids)) == len(ids), "case ids must be unique"


@pytest.mark.parametrize(("case_id", "today", "contract", "expected"), _params(CASES))
def test_worked_case(
    case_id: str,
    today: str,
    contract: dict[str, Any],
    expected: dict[str, Any],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    actual = run_exits(tmp_path, capsys, contract, today)
    assert_subset(expected, actual, case_id)
