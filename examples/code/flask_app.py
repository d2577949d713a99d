"""A Flask app that answers texts three ways (an f-string, a Jinja template and the SDK builder)
and calls with a small phone menu (try it: npx twiml-sim http://127.0.0.1:5000/voice --call --press 2).

`npm start` runs it on http://127.0.0.1:5000 and restarts it when you save this file, so the next
"TwiML: Replay Sample Webhook" gets the reply you just fixed.
"""
import os
from html import escape

from flask import Flask, render_template, request
from twilio.twiml.messaging_response import MessagingResponse
from twilio.twiml.voice_response import VoiceResponse

# The Jinja template lives in examples/templates/, beside this folder.
app = Flask(__name__, template_folder=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "templates"))


@app.route("/sms", methods=["POST"])
def sms_reply():
    """TwiML as an f-string: a case mistake the extension finds on its line. What the texter sent is
    escaped: raw, "A & B" would break the reply and "</message><Redirect>..." would add a verb."""
    body = request.values.get("Body", "").strip()
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<Response>
    <message to="{escape(request.values.get('From', ''))}">You said: {escape(body)}</message>
</Response>""", 200, {"Content-Type": "text/xml"}


@app.route("/menu", methods=["POST"])
def menu():
    """TwiML from templates/menu.xml (Jinja)."""
    return render_template("menu.xml", items=["pizza", "salad"]), 200, {"Content-Type": "text/xml"}


@app.route("/robots", methods=["POST"])
def robots():
    """The SDK builder: hover the inlay hint after the body; the last message never goes out."""
    resp = MessagingResponse()
    resp.message("The Robots are coming! Head for the hills!")
    resp.redirect("/sms")
    resp.message("Nobody reads this")
    return str(resp)


@app.route("/voice", methods=["POST"])
def voice():
    """A call: a one-key menu; with no key pressed the <Gather> falls through to the Say and Redirect."""
    resp = VoiceResponse()
    gather = resp.gather(num_digits=1, action="/voice/menu")
    gather.say("Thanks for calling. For our opening hours press 1. To leave a message press 2.")
    resp.say("We did not get your choice.")
    resp.redirect("/voice")
    return str(resp), 200, {"Content-Type": "text/xml"}


@app.route("/voice/menu", methods=["POST"])
def voice_menu():
    """The key pressed arrives as Digits."""
    resp = VoiceResponse()
    digits = request.values.get("Digits")
    if digits == "1":
        resp.say("We are open from nine to five, Monday to Friday. Goodbye.")
        resp.hangup()
    elif digits == "2":
        resp.say("Leave a message after the beep, then press the pound key.")
        resp.record(max_length=60, finish_on_key="#", action="/voice/thanks")
    else:
        resp.redirect("/voice")
    return str(resp), 200, {"Content-Type": "text/xml"}


@app.route("/voice/thanks", methods=["POST"])
def voice_thanks():
    """The recording arrives as RecordingUrl and RecordingDuration."""
    resp = VoiceResponse()
    resp.say(f"Thanks, we got your {request.values.get('RecordingDuration', '0')} second message. Goodbye.")
    resp.hangup()
    return str(resp), 200, {"Content-Type": "text/xml"}


if __name__ == "__main__":
    # The reloader restarts the app when a file of it changes (it watches this file).
    app.run(host=os.environ.get("HOST", "127.0.0.1"), port=int(os.environ.get("PORT", "5000")), use_reloader=True)
