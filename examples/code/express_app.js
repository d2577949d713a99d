// An Express app that replies with a template literal. Run: node examples/code/express_app.js
// (express comes with `npm ci`); PORT picks the port (default 3000).
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

const port = Number(process.env.PORT || 3000);
app.listen(port, '127.0.0.1', () => console.log(`listening on http://127.0.0.1:${port}/sms`));
