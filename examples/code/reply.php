<?php
// A plain PHP webhook: the TwiML is a heredoc.
header('Content-Type: text/xml');
// Escaped: a raw "A & B" would break the reply, a "</Message><Redirect>..." would add a verb.
$body = htmlspecialchars($_POST['Body'] ?? '', ENT_XML1 | ENT_QUOTES);
echo <<<XML
<?xml version="1.0" encoding="UTF-8"?>
<Response>
    <Message>You said: {$body}</Message>
    <Redirect method="post">/next</Redirect>
</Response>
XML;
