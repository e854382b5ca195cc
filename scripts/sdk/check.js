// SignalWire's Node SDK (`@signalwire/compatibility-api`, from npm) against `cxml emulate`: the
// flows of issue 23 and every resource the emulator serves. Run by scripts/sdk-check.sh, which
// sets EMULATOR, APP, PROJECT and TOKEN.
//
// Pointing the SDK at the emulator takes one line beyond the documented constructor: the SDK
// always prefixes the space with https://, so the API's base URL is set to the emulator's
// http:// address after construction (`client.api.baseUrl = EMULATOR`).

const { RestClient } = require('@signalwire/compatibility-api')

const { EMULATOR, APP, PROJECT, TOKEN } = process.env

const client = RestClient(PROJECT, TOKEN, { signalwireSpaceUrl: 'example.signalwire.com' })
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

async function said(call) {
  return (await events()).filter((e) => e.call === call && e.event === 'say').map((e) => e.text)
}

const checks = []
function check(name, condition, detail = '') {
  checks.push([name, !!condition])
  console.log(`${condition ? 'ok  ' : 'FAIL'} ${name}${condition ? '' : '  ' + JSON.stringify(detail)}`)
}
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b)

async function main() {
  // A reminder answered by a machine leaves a voicemail.
  await control('phones', { Number: '+15550100', Answer: 'machine' })
  const call = await client.calls.create({
    to: '+15550100',
    from: '+15550199',
    url: `${APP}/remind`,
    machineDetection: 'Enable',
    statusCallback: `${APP}/status`,
    statusCallbackEvent: ['initiated', 'ringing', 'answered', 'completed'],
  })
  check('calls.create answers queued', call.status === 'queued', call.status)
  const fetched = await client.calls(call.sid).fetch()
  check('calls.fetch: completed, answered_by machine', fetched.status === 'completed' && fetched.answeredBy === 'machine', fetched)
  check('the machine heard the reminder', same(await said(call.sid), ['This is your reminder for tomorrow.']), await said(call.sid))
  const statuses = (await events())
    .filter((e) => e.call === call.sid && e.purpose === 'call-status')
    .map((e) => e.params.CallStatus)
  check('status callbacks for the events asked', same(statuses, ['initiated', 'ringing', 'in-progress', 'completed']), statuses)

  // A queued caller dequeued by an agent's call, and one dequeued to a new document.
  const caller = (await control('calls', { Url: `${APP}/support`, From: '+15550142' })).sid
  const queues = await client.queues.list()
  check('queues.list', queues.length === 1 && queues[0].friendlyName === 'support', queues)
  const queue = queues[0].sid
  const front = await client.queues(queue).members('Front').fetch()
  check("members('Front').fetch", front.callSid === caller, front)
  const agent = await client.calls.create({ to: '+15550200', from: '+15550199', url: `${APP}/agent` })
  const bridged = (await events()).filter((e) => e.call === agent.sid && e.event === 'bridge')
  check("the agent's call bridged the caller", bridged.length === 1 && bridged[0].with === caller, bridged)
  const second = (await control('calls', { Url: `${APP}/support`, From: '+15550143' })).sid
  await client.queues(queue).members(second).update({ url: `${APP}/dequeued`, method: 'POST' })
  check('members(sid).update dequeues', same(await said(second), ['Please hold.', 'An agent will call you back.']), await said(second))

  // A live call moved out of a Gather by an update; one that times out.
  const menu = await client.calls.create({ to: '+15550123', from: '+15550199', url: `${APP}/menu` })
  check('a call at a Gather is in-progress', (await client.calls(menu.sid).fetch()).status === 'in-progress')
  const moved = await client.calls(menu.sid).update({ twiml: '<Response><Say>Moved.</Say><Hangup/></Response>' })
  check('calls.update({twiml}) moves it', same(await said(menu.sid), ['Press 1.', 'Moved.']) && moved.status === 'completed', await said(menu.sid))
  const silent = await client.calls.create({ to: '+15550126', from: '+15550199', url: `${APP}/menu` })
  await control('advance')
  check('time passes: the Gather times out', same(await said(silent.sid), ['Press 1.', 'No input.']), await said(silent.sid))

  // A conference participant muted and removed.
  await control('calls', { Url: `${APP}/conference`, From: '+15550301' })
  const removed = (await control('calls', { Url: `${APP}/conference`, From: '+15550302' })).sid
  const conferences = await client.conferences.list({ friendlyName: 'standup' })
  check('conferences.list({friendlyName})', conferences.length === 1, conferences)
  const conference = conferences[0].sid
  const muted = await client.conferences(conference).participants(removed).update({ muted: true })
  check('participants(sid).update({muted: true})', muted.muted === true, muted)
  await client.conferences(conference).participants(removed).remove()
  check('participants(sid).remove', same(await said(removed), ['You left.']), await said(removed))

  // Messages, pages, errors.
  const message = await client.messages.create({ to: '+15550100', from: '+15550199', body: 'code 1234', statusCallback: `${APP}/status` })
  check('messages.create', message.status === 'queued', message.status)
  check('messages(sid).fetch: delivered', (await client.messages(message.sid).fetch()).status === 'delivered')
  const paged = await client.calls.list({ pageSize: 2 })
  const whole = await client.calls.list({ pageSize: 1000 })
  check('calls.list follows next_page_uri', paged.length === whole.length && paged.length >= 6, [paged.length, whole.length])
  try {
    await client.calls('nope').fetch()
    check('an unknown sid rejects', false)
  } catch (error) {
    check('an unknown sid rejects 404 / 20404', error.status === 404 && error.code === 20404, error)
  }
  const wrong = RestClient(PROJECT, 'wrong', { signalwireSpaceUrl: 'example.signalwire.com' })
  wrong.api.baseUrl = EMULATOR
  try {
    await wrong.calls(call.sid).fetch()
    check('a wrong token rejects', false)
  } catch (error) {
    check('a wrong token rejects 401 / 20003', error.status === 401 && error.code === 20003, error)
  }
  const errors = (await events()).filter((e) => e.event === 'error' || e.event === 'callback')
  check('no flow error and no failed callback (every signature verified)', errors.length === 0, errors)

  const failed = checks.filter(([, ok]) => !ok)
  console.log(`node @signalwire/compatibility-api: ${checks.length} checks, ${failed.length} failed`)
  process.exit(failed.length ? 1 : 0)
}

main().catch((error) => {
  console.log('FAIL', error)
  process.exit(1)
})
