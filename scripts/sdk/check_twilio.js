// Twilio's own Node helper library (`twilio`, from npm) against `cxml emulate --platform
// twilio`: a call through a TwiML flow and a message, with the app (scripts/sdk/app.py twilio)
// checking every X-Twilio-Signature with twilio-python's RequestValidator and the Auth Token.
// Run by scripts/sdk-check.sh, which sets EMULATOR, APP, ACCOUNT_SID and AUTH_TOKEN.
//
// Pointing the library at the emulator takes one line beyond the documented constructor, as
// for the Python library: the API domain's base URL (`https://api.twilio.com`) is set to the
// emulator's http:// address (`client.api.baseUrl = EMULATOR`).

const twilio = require('twilio')

const { EMULATOR, APP, ACCOUNT_SID, AUTH_TOKEN } = process.env

const client = twilio(ACCOUNT_SID, AUTH_TOKEN)
client.api.baseUrl = EMULATOR

async function control(path, fields = {}) {
  const body = new URLSearchParams()
  for (const [key, value] of Object.entries(fields)) {
    for (const item of [].concat(value)) body.append(key, item)
  }
  const answer = await fetch(`${EMULATOR}/emulator/${path}`, { method: 'POST', body })
  return answer.json()
}

async function events() {
  return (await fetch(`${EMULATOR}/emulator/events`)).json()
}

const checks = []
function check(name, condition, detail = '') {
  checks.push([name, !!condition])
  console.log(`${condition ? 'ok  ' : 'FAIL'} ${name}${condition ? '' : '  ' + JSON.stringify(detail)}`)
}
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b)
const twilioSid = (sid, prefix) => sid.startsWith(prefix) && sid.length === 34 && /^[0-9a-f]+$/.test(sid.slice(2))

async function main() {
  // A call through a menu: the phone presses 1.
  await control('phones', { Number: '+15550111', Answer: 'human', Input: '1' })
  const call = await client.calls.create({
    to: '+15550111',
    from: '+15550199',
    url: `${APP}/menu`,
    statusCallback: `${APP}/status`,
    statusCallbackEvent: ['initiated', 'ringing', 'answered', 'completed'],
  })
  check('calls.create: a Twilio call sid', twilioSid(call.sid, 'CA'), call.sid)
  check('calls.create: Twilio\'s uri', call.uri === `/2010-04-01/Accounts/${ACCOUNT_SID}/Calls/${call.sid}.json`, call.uri)
  const fetched = await client.calls(call.sid).fetch()
  check('calls(sid).fetch: completed', fetched.status === 'completed', fetched.status)
  const said = (await events()).filter((e) => e.call === call.sid && e.event === 'say').map((e) => e.text)
  check('the caller went through the menu', same(said, ['Press 1.', 'You chose 1.']), said)

  // A message.
  const message = await client.messages.create({ to: '+15550111', from: '+15550199', body: 'code 5678' })
  check('messages.create: an SM sid', twilioSid(message.sid, 'SM'), message.sid)
  const delivered = await client.messages(message.sid).fetch()
  check('messages(sid).fetch: delivered', delivered.status === 'delivered', delivered.status)

  const errors = (await events()).filter((e) => e.event === 'error' || e.event === 'callback')
  check('every webhook passed RequestValidator (X-Twilio-Signature)', errors.length === 0, errors)

  const failed = checks.filter(([, ok]) => !ok).length
  console.log(`twilio-node: ${checks.length} checks, ${failed} failed`)
  process.exit(failed ? 1 : 0)
}

main().catch((error) => {
  console.log(`FAIL ${error.stack || error}`)
  process.exit(1)
})
