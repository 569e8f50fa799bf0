""" "You said, we did" (issue 6): the entries leads publish about what families told us and what
changed, the public page and feed, the leads' report and the inbox action that groups comments
into an entry. The models are in `feedback.you_said_we_did.models`; see feedback/README.md.
"""
