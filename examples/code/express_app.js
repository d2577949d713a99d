// An Express app that replies with a template literal. Run: node examples/code/express_app.js
// (express comes with `npm ci`); PORT picks the port (default 3000).
const express = require('express');

const app = express();
app.use(express.urlencoded({ extended: false }));

// What the texter sent is escaped: raw, "A & B" would break the reply (12100) and
// "</Message><Redirect>..." would add a verb to it.
const XML_ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const escapeXml = (text) => String(text).replace(/[&<>"']/g, (c) => XML_ESCAPES[c]);

app.post('/sms', (req, res) => {
  const name = escapeXml(req.body.ProfileName || 'friend');
  res.type('text/xml').send(`<?xml version="1.0" encoding="UTF-8"?>
<Response>
  <Message>Hi ${name}! You said: ${escapeXml(req.body.Body || '')}</Message>
  <Media>https://demo.twilio.com/owl.png</Media>
</Response>`);
});

const port = Number(process.env.PORT || 3000);
app.listen(port, '127.0.0.1', () => console.log(`listening on http://127.0.0.1:${port}/sms`));
