from tests.permissions import signed_in

ENTRIES = {
    # any signed-in person may practise; the fragment holds practice items only
    "question_bank:practice": ("get", None, signed_in(200)),
    # an empty post names no practice question, so there is nothing to score
    "question_bank:practice_check": ("post", None, signed_in(404)),
}
