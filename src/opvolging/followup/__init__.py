"""Follow-up: what happens to a promise after it was made, read from later documents.

Pure functions over text and dataclasses, like `extract`, and after it in the data flow: `evidence` reads a later
document against the open commitments and suggests which it may fulfil or advance, each with its reasons;
`deadlines` reads how long after another event a commitment falls due. The tracker stores and shows what they
return.
"""
