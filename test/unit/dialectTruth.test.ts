/**
 * Twilio-dialect truth: attributes whose enum or number range the data got wrong, each checked
 * against the Twilio page named in the test.
 */
import test from 'node:test';
import { expectNone, expectOne } from './helpers/validation';

const ERROR = 1;
const voice = (verbs: string): string => `<Response>${verbs}</Response>`;

test('<Dial timeLimit>: positive seconds up to 24 hours (https://www.twilio.com/docs/voice/twiml/dial#timelimit)', () => {
  expectNone(voice('<Dial timeLimit="5400">+14155550100</Dial>'), 'invalid-attribute-value');
  expectNone(voice('<Dial timeLimit="86400">+14155550100</Dial>'), 'invalid-attribute-value');
  expectOne(voice('<Dial timeLimit="0">+14155550100</Dial>'), 'invalid-attribute-value', '0', ERROR);
  expectOne(voice('<Dial timeLimit="90000">+14155550100</Dial>'), 'invalid-attribute-value', '90000', ERROR);
});

test('<Record maxLength>: greater than 1, up to 86400 with 24-hour calls (https://www.twilio.com/docs/voice/twiml/record#attributes-max-length)', () => {
  expectNone(voice('<Record maxLength="10" action="/r"/>'), 'invalid-attribute-value');
  expectOne(voice('<Record maxLength="1" action="/r"/>'), 'invalid-attribute-value', '1', ERROR);
  expectOne(voice('<Record maxLength="100000" action="/r"/>'), 'invalid-attribute-value', '100000', ERROR);
});

test('<Pay timeout>: a positive integer (https://www.twilio.com/docs/voice/twiml/pay#timeout)', () => {
  expectNone(voice('<Pay timeout="10"/>'), 'invalid-attribute-value');
  expectOne(voice('<Pay timeout="0"/>'), 'invalid-attribute-value', '0', ERROR);
});

test('<Prompt errorType> includes the ACH errors (https://www.twilio.com/docs/voice/twiml/pay/prompt#errortype)', () => {
  expectNone(
    voice(
      '<Pay paymentMethod="ach-debit"><Prompt for="bank-account-number" errorType="invalid-bank-account-number timeout"><Say>Again</Say></Prompt></Pay>',
    ),
    'invalid-attribute-value',
  );
  expectOne(
    voice('<Pay><Prompt for="payment-card-number" errorType="invalid-pin"><Say>Again</Say></Prompt></Pay>'),
    'invalid-attribute-value',
    'invalid-pin',
    ERROR,
  );
});
