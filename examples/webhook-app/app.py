"""A minimal Twilio messaging webhook to replay sample requests against.

Run it with Debian's interpreter, which has python3-flask and python3-twilio:
    /usr/bin/python3 examples/webhook-app/app.py
then run "TwiML: Replay Sample Webhook" in VS Code (it posts to http://localhost:5000/sms).
`npm start` runs it for you. Set TWILIO_AUTH_TOKEN to the token you gave "TwiML: Set Auth Token"
and the app also checks each request's X-Twilio-Signature.
"""
import os

from flask import Flask, request
from twilio.request_validator import RequestValidator
from twilio.twiml.messaging_response import MessagingResponse

app = Flask(__name__)
AUTH_TOKEN = os.environ.get("TWILIO_AUTH_TOKEN")


@app.route("/sms", methods=["GET", "POST"])
def incoming_sms():
    """Answers every incoming message with the same one-line reply."""
    if AUTH_TOKEN:
        # Twilio signs the URL exactly as requested; request.url would re-encode the query.
        url = request.host_url.rstrip("/") + request.environ.get("RAW_URI", request.full_path.rstrip("?"))
        params = request.form.to_dict() if request.method == "POST" else {}
        valid = RequestValidator(AUTH_TOKEN).validate(url, params, request.headers.get("X-Twilio-Signature", ""))
        app.logger.warning("X-Twilio-Signature %s", "valid" if valid else "INVALID")
    reply = MessagingResponse()
    reply.message("The Robots are coming! Head for the hills!")
    return str(reply), 200, {"Content-Type": "application/xml"}


if __name__ == "__main__":
    app.run(host=os.environ.get("HOST", "127.0.0.1"), port=int(os.environ.get("PORT", "5000")))
