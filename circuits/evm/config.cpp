#include "circuits/evm/config.hpp"

#include "circuits/tables/table_values.hpp"
#include "cpp/util/error.hpp"

namespace zkevm::circuits::evm_circuit {

namespace {

using S = ExecutionState;

}  // namespace

EvmConfig EvmConfig::configure(plonk::ConstraintSystem& cs, const RwTable& rw, const BytecodeTable& bytecode,
                               const RangeTable& u8, const BitwiseTable& bitwise) {
  EvmConfig config;
  EvmColumns& c = config.columns_;
  c.q_enable = cs.fixed_column("evm.q_enable");
  c.q_first = cs.fixed_column("evm.q_first");
  c.q_last = cs.fixed_column("evm.q_last");
  c.is_step = cs.advice_column("evm.is_step");
  c.is_rw = cs.advice_column("evm.is_rw");
  for (size_t i = 0; i < kExecutionStates; ++i)
    c.state[i] = cs.advice_column(std::string("evm.state.") + execution_state_name(static_cast<S>(i)));
  auto advice = [&](const char* name) { return cs.advice_column(std::string("evm.") + name); };
  c.step = StepStateColumns{advice("rw_counter"),   advice("call_id"),      advice("pc"),
                            advice("stack_pointer"), advice("gas_left"),     advice("memory_words"),
                            advice("reversible_write_counter"), advice("log_id"), advice("code_hash_hi"),
                            advice("code_hash_lo"),  advice("opcode"),       advice("callee_address"),
                            advice("caller_address"), advice("call_value_hi"), advice("call_value_lo"),
                            advice("call_data_length"), advice("is_persistent"),
                            advice("rw_counter_end_of_reversion")};
  c.rw = RwSlotColumns{advice("rw.is_write"), advice("rw.tag"),      advice("rw.id"),       advice("rw.address"),
                       advice("rw.field_tag"), advice("rw.key_hi"),  advice("rw.key_lo"),  advice("rw.value_hi"),
                       advice("rw.value_lo"), advice("rw.value_prev_hi"), advice("rw.value_prev_lo"),
                       advice("rw.initial_value_hi"), advice("rw.initial_value_lo")};
  c.code = CodeSlotColumns{advice("code.enable"), advice("code.index"), advice("code.is_code"), advice("code.value")};
  c.reversion = ReversionSlotColumns{advice("reversion.enable"), advice("reversion.rw_counter")};
  c.bitwise = BitwiseSlotColumns{advice("bitwise.enable"), advice("bitwise.op")};
  for (size_t i = 0; i < kCellColumns; ++i) c.cells.push_back(cs.advice_column("evm.cell" + std::to_string(i)));
  for (size_t i = 0; i < kByteColumns; ++i) c.byte_cells.push_back(cs.advice_column("evm.byte" + std::to_string(i)));

  const Expression q(c.q_enable), first(c.q_first), last(c.q_last);
  const Expression is_step(c.is_step), is_rw(c.is_rw), one(1);
  auto state = [&](S s) { return c.state[static_cast<size_t>(s)].cur(); };

  std::vector<plonk::Constraint> structure = {
      {"is_step is boolean", q * is_step * (one - is_step)},
      {"is_rw is boolean", q * is_rw * (one - is_rw)},
      {"a row is not both a step and an RW row", q * is_step * is_rw},
      {"first row is a BeginTxOp step", first * (one - state(S::BeginTxOp))},
      {"first rw_counter is 1", first * (c.step.rw_counter.cur() - 1)},
      {"rw_counter counts the RW rows", q * (one - first) * (c.step.rw_counter.cur() - c.step.rw_counter.prev() - c.is_rw.prev())},
      {"last row is the EndBlock step", last * (one - state(S::EndBlock))},
      {"code slot enable is boolean", q * c.code.enable.cur() * (one - c.code.enable.cur())},
      {"reversion slot enable is boolean", q * c.reversion.enable.cur() * (one - c.reversion.enable.cur())},
      {"code_hash hi is the step's", q * (one - is_step) * (c.step.code_hash_hi.cur() - c.step.code_hash_hi.prev())},
      {"code_hash lo is the step's", q * (one - is_step) * (c.step.code_hash_lo.cur() - c.step.code_hash_lo.prev())},
  };
  Expression sum(0);
  for (size_t i = 0; i < kExecutionStates; ++i) {
    const Expression s = c.state[i].cur();
    structure.push_back({std::string(execution_state_name(static_cast<S>(i))) + " selector is boolean", q * s * (one - s)});
    sum = sum + s;
  }
  structure.push_back({"one execution state per step, none elsewhere", q * (sum - is_step)});
  cs.create_gate("evm structure", std::move(structure));

  for (auto& g : make_state_gadgets()) {
    const S s = g->state();
    const int h = g->height(), n = g->rw_count();
    StepBuilder b(c, s, h, n);
    g->configure(b);
    for (int j = 1; j <= n; ++j) b.cb.require_equal("row " + std::to_string(j) + " is an RW row", c.is_rw.rot(j), one);
    for (int j = n + 1; j < h; ++j) {
      b.cb.require_zero("row " + std::to_string(j) + " is filler (not RW)", c.is_rw.rot(j));
      b.cb.require_zero("row " + std::to_string(j) + " is filler (not a step)", c.is_step.rot(j));
    }
    if (s != S::EndBlock) {
      b.cb.require_equal("next step starts after the step", c.is_step.rot(h), one);
      b.cb.require_equal("next step is enabled", c.q_enable.rot(h), one);
    }
    // The state selector is advice, random on the blinding rows, where the
    // prover's gates must vanish too: q_enable (fixed) switches them off there.
    const Expression selector = q * c.state[static_cast<size_t>(s)].cur();
    std::vector<plonk::Constraint> constraints;
    for (auto& k : b.cb.take()) constraints.push_back({k.name, selector * k.polynomial});
    cs.create_gate(std::string("evm ") + execution_state_name(s), std::move(constraints));
    config.gadgets_.push_back(std::move(g));
  }

  const RwSlotColumns& r = c.rw;
  cs.lookup("evm RW operation", "rw table",
            {c.step.rw_counter.cur(), r.is_write.cur(), r.tag.cur(), r.id.cur(), r.address.cur(), r.field_tag.cur(),
             r.key_hi.cur(), r.key_lo.cur(), r.value_hi.cur(), r.value_lo.cur(), r.value_prev_hi.cur(),
             r.value_prev_lo.cur(), r.initial_value_hi.cur(), r.initial_value_lo.cur()},
            rw.columns(), q * is_rw);
  // A reversible write's undo: the same key written back at the reversion slot's rw_counter.
  cs.lookup("evm RW reversion", "rw table",
            {c.reversion.rw_counter.cur(), one, r.tag.cur(), r.id.cur(), r.address.cur(), r.field_tag.cur(),
             r.key_hi.cur(), r.key_lo.cur(), r.value_prev_hi.cur(), r.value_prev_lo.cur(), r.value_hi.cur(),
             r.value_lo.cur(), r.initial_value_hi.cur(), r.initial_value_lo.cur()},
            rw.columns(), q * c.reversion.enable.cur());
  Expression opcode_step = is_step;
  for (size_t i = 0; i < kExecutionStates; ++i)
    if (is_pseudo_state(static_cast<S>(i))) opcode_step = opcode_step - c.state[i].cur();
  cs.lookup("evm opcode fetch", "bytecode table",
            {c.step.code_hash_hi.cur(), c.step.code_hash_lo.cur(), Expression(static_cast<int64_t>(kBytecodeByte)),
             c.step.pc.cur(), one, c.step.opcode.cur()},
            bytecode.columns(), q * opcode_step);
  cs.lookup("evm code slot", "bytecode table",
            {c.step.code_hash_hi.cur(), c.step.code_hash_lo.cur(), Expression(static_cast<int64_t>(kBytecodeByte)),
             c.code.index.cur(), c.code.is_code.cur(), c.code.value.cur()},
            bytecode.columns(), q * c.code.enable.cur());
  for (size_t i = 0; i < kByteColumns; ++i)
    cs.lookup("evm byte cell " + std::to_string(i), u8.name(), {c.byte_cells[i].cur()}, u8.columns(), q);
  for (size_t g = 0; g < kBitwiseLookups; ++g)
    cs.lookup("evm bitwise nibbles " + std::to_string(g), "bitwise" + std::to_string(bitwise.bits),
              {c.bitwise.op.cur(), c.cells[3 * g].cur(), c.cells[3 * g + 1].cur(), c.cells[3 * g + 2].cur()},
              bitwise.columns(), q * c.bitwise.enable.cur());
  // CODESIZE pushes (RW row 1) its code's length, the Bytecode header's value.
  cs.lookup("evm code size", "bytecode table",
            {c.step.code_hash_hi.cur(), c.step.code_hash_lo.cur(), Expression(static_cast<int64_t>(kBytecodeHeader)),
             Expression(0), Expression(0), r.value_lo.next()},
            bytecode.columns(), q * state(S::CodeSize));
  return config;
}

size_t EvmConfig::rows_needed(const EvmWitness& w) const {
  size_t rows = 0;
  for (const auto& s : w.steps) rows += static_cast<size_t>(gadget(s.state).height());
  return rows;
}

std::vector<size_t> EvmConfig::step_rows(const EvmWitness& w) const {
  std::vector<size_t> rows;
  size_t row = 0;
  for (const auto& s : w.steps) {
    rows.push_back(row);
    row += static_cast<size_t>(gadget(s.state).height());
  }
  return rows;
}

void EvmConfig::assign(plonk::Assignment& a, const EvmWitness& w) const {
  const size_t total = rows_needed(w);
  if (total > a.usable_rows())
    throw InputError("EVM circuit: " + std::to_string(w.steps.size()) + " steps need " + std::to_string(total) +
                     " rows, more than the " + std::to_string(a.usable_rows()) + " usable rows of k = " +
                     std::to_string(a.k()));
  const EvmColumns& c = columns_;
  const Fr zero = Fr::zero(), one = Fr::one();
  size_t row = 0;
  for (size_t i = 0; i < w.steps.size(); ++i) {
    const StepWitness& s = w.steps[i];
    const StateGadget& g = gadget(s.state);
    const int h = g.height();
    if (static_cast<int>(s.rws.size()) != g.rw_count())
      throw InternalError("EVM circuit: step " + std::to_string(i) + " (" + execution_state_name(s.state) + ") has " +
                          std::to_string(s.rws.size()) + " RW operations, its state " +
                          std::to_string(g.rw_count()));
    plonk::Region region = a.region("step " + std::to_string(i) + ": " + execution_state_name(s.state), row);
    const WordCells hash = word_cells(s.values.code_hash);
    for (int r = 0; r < h; ++r) {
      const size_t o = static_cast<size_t>(r);
      const bool step_row = r == 0, rw_row = r >= 1 && r <= g.rw_count();
      a.assign(c.q_enable, row + o, one);
      region.assign_advice(c.is_step, o, step_row ? one : zero);
      region.assign_advice(c.is_rw, o, rw_row ? one : zero);
      for (size_t k = 0; k < kExecutionStates; ++k)
        region.assign_advice(c.state[k], o, step_row && k == static_cast<size_t>(s.state) ? one : zero);
      const StepValues& v = s.values;
      auto put = [&](Column<Advice> col, const Fr& value) { region.assign_advice(col, o, step_row ? value : zero); };
      const uint64_t counter = rw_row ? s.rws[o - 1].rw_counter : v.rw_counter + (r == 0 ? 0 : s.rws.size());
      region.assign_advice(c.step.rw_counter, o, Fr::from_u64(counter));
      put(c.step.call_id, Fr::from_u64(v.call_id));
      put(c.step.pc, Fr::from_u64(v.pc));
      put(c.step.stack_pointer, Fr::from_u64(v.stack_pointer));
      put(c.step.gas_left, Fr::from_u64(v.gas_left));
      put(c.step.memory_words, Fr::from_u64(v.memory_words));
      put(c.step.reversible_write_counter, Fr::from_u64(v.reversible_write_counter));
      put(c.step.log_id, Fr::from_u64(v.log_id));
      put(c.step.opcode, Fr::from_u64(v.opcode));
      put(c.step.callee_address, address_cell(v.callee_address));
      put(c.step.caller_address, address_cell(v.caller_address));
      put(c.step.call_value_hi, word_cells(v.call_value).hi);
      put(c.step.call_value_lo, word_cells(v.call_value).lo);
      put(c.step.call_data_length, Fr::from_u64(v.call_data_length));
      put(c.step.is_persistent, Fr::from_u64(v.is_persistent));
      put(c.step.rw_counter_end_of_reversion, Fr::from_u64(v.rw_counter_end_of_reversion));
      // The code hash is carried onto the step's other rows (their code slots use it).
      region.assign_advice(c.step.code_hash_hi, o, hash.hi);
      region.assign_advice(c.step.code_hash_lo, o, hash.lo);
      const RwRow* op = rw_row ? &s.rws[o - 1] : nullptr;
      auto rwput = [&](Column<Advice> col, const Fr& value) { region.assign_advice(col, o, op ? value : zero); };
      const RwRow none;
      const RwRow& x = op ? *op : none;
      const WordCells key = word_cells(x.key), value = word_cells(x.value), prev = word_cells(x.value_prev),
                      initial = word_cells(x.initial_value);
      rwput(c.rw.is_write, Fr::from_u64(x.is_write));
      rwput(c.rw.tag, Fr::from_u64(static_cast<uint64_t>(x.tag)));
      rwput(c.rw.id, Fr::from_u64(x.id));
      rwput(c.rw.address, address_cell(x.address));
      rwput(c.rw.field_tag, Fr::from_u64(x.field_tag));
      rwput(c.rw.key_hi, key.hi);
      rwput(c.rw.key_lo, key.lo);
      rwput(c.rw.value_hi, value.hi);
      rwput(c.rw.value_lo, value.lo);
      rwput(c.rw.value_prev_hi, prev.hi);
      rwput(c.rw.value_prev_lo, prev.lo);
      rwput(c.rw.initial_value_hi, initial.hi);
      rwput(c.rw.initial_value_lo, initial.lo);
      for (Column<Advice> col : {c.code.enable, c.code.index, c.code.is_code, c.code.value, c.bitwise.enable, c.bitwise.op})
        region.assign_advice(col, o, zero);
      // The undo of a reversible write of a call that does not persist (bus-mapping: the revert's write).
      const uint64_t undo = rw_row && o - 1 < s.undo_rw_counters.size() ? s.undo_rw_counters[o - 1] : 0;
      region.assign_advice(c.reversion.enable, o, undo ? one : zero);
      region.assign_advice(c.reversion.rw_counter, o, Fr::from_u64(undo));
    }
    StepAssigner sa{c, region, 0, s};
    g.assign(sa);
    row += static_cast<size_t>(h);
  }
  // The selectors read by every gate are 0 on the rows after the steps.
  for (size_t r = total; r < a.usable_rows(); ++r) {
    a.assign(c.is_step, r, zero);
    a.assign(c.is_rw, r, zero);
    for (const auto& col : c.state) a.assign(col, r, zero);
  }
  if (total > 0) {
    a.assign(c.q_first, 0, one);
    a.assign(c.q_last, total - 1, one);
  }
}

}  // namespace zkevm::circuits::evm_circuit
