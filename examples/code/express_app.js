// An Express app that replies with a template literal. Run: node express_app.js
const express = require('express');

const app = express();
app.use(express.urlencoded({ extended: false }));

app.post('/sms', (req, res) => {
  const name = req.body.ProfileName || 'friend';
  res.type('text/xml').send(`<?xml version="1.0" encoding="UTF-8"?>
<Response>
  <Message>Hi ${name}! You said: ${req.body.Body}</Message>
  <Media>https://demo.twilio.com/owl.png</Media>
</Response>`);
});

app.listen(3000);
