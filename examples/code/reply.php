<?php
// A plain PHP webhook: the TwiML is a heredoc.
header('Content-Type: text/xml');
$body = $_POST['Body'] ?? '';
echo <<<XML
<?xml version="1.0" encoding="UTF-8"?>
<Response>
    <Message>You said: {$body}</Message>
    <Redirect method="post">/next</Redirect>
</Response>
XML;
