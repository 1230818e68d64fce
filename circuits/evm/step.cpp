#include "circuits/evm/step.hpp"

#include "cpp/util/error.hpp"

namespace zkevm::circuits::evm_circuit {

StepBuilder::StepBuilder(const EvmColumns& columns, ExecutionState state, int height, int rw_count)
    : cb(std::string(execution_state_name(state)) + ": "),
      columns_(&columns),
      state_(state),
      height_(height),
      rw_count_(rw_count) {
  if (height < 1 + rw_count)
    throw InternalError(std::string("EVM circuit: state ") + execution_state_name(state) + " has height " +
                        std::to_string(height) + " for " + std::to_string(rw_count) + " RW operations");
  cur_ = at(0);
  next_ = at(height);
}

StepExprs StepBuilder::at(int r) const {
  const StepStateColumns& c = columns_->step;
  return StepExprs{c.rw_counter.rot(r),   c.call_id.rot(r),
                   c.pc.rot(r),           c.stack_pointer.rot(r),
                   c.gas_left.rot(r),     c.memory_words.rot(r),
                   c.reversible_write_counter.rot(r), c.log_id.rot(r),
                   c.code_hash_hi.rot(r), c.code_hash_lo.rot(r),
                   c.opcode.rot(r),       c.callee_address.rot(r),
                   c.caller_address.rot(r), c.call_value_hi.rot(r),
                   c.call_value_lo.rot(r),  c.call_data_length.rot(r),
                   c.is_persistent.rot(r),  c.rw_counter_end_of_reversion.rot(r)};
}

RwExprs StepBuilder::rw(int j) const {
  if (j < 0 || j >= rw_count_)
    throw InternalError(std::string("EVM circuit: state ") + execution_state_name(state_) + " reads RW slot " +
                        std::to_string(j) + " of " + std::to_string(rw_count_));
  const int r = 1 + j;
  const RwSlotColumns& c = columns_->rw;
  return RwExprs{columns_->step.rw_counter.rot(r), c.is_write.rot(r),   c.tag.rot(r),
                 c.id.rot(r),                      c.address.rot(r),    c.field_tag.rot(r),
                 c.key_hi.rot(r),                  c.key_lo.rot(r),     c.value_hi.rot(r),
                 c.value_lo.rot(r),                c.value_prev_hi.rot(r), c.value_prev_lo.rot(r),
                 c.initial_value_hi.rot(r),        c.initial_value_lo.rot(r)};
}

Expression StepBuilder::next_is(ExecutionState s) const { return columns_->state[static_cast<size_t>(s)].rot(height_); }

Expression StepBuilder::next_is_pseudo() const {
  Expression sum(0);
  for (size_t i = 0; i < kExecutionStates; ++i)
    if (is_pseudo_state(static_cast<ExecutionState>(i))) sum = sum + next_is(static_cast<ExecutionState>(i));
  return sum;
}

WCell StepBuilder::cell(const std::string& name) {
  const size_t k = next_cell_++;
  const int rotation = static_cast<int>(k / kCellColumns);
  if (rotation >= height_)
    throw InternalError(std::string("EVM circuit: state ") + execution_state_name(state_) + " needs more cells than " +
                        std::to_string(height_) + " rows hold (" + name + ")");
  return WCell{columns_->cells[k % kCellColumns], rotation};
}

WCell StepBuilder::byte_cell(const std::string& name) {
  const size_t k = next_byte_++;
  const int rotation = static_cast<int>(k / kByteColumns);
  if (rotation >= height_)
    throw InternalError(std::string("EVM circuit: state ") + execution_state_name(state_) +
                        " needs more byte cells than " + std::to_string(height_) + " rows hold (" + name + ")");
  return WCell{columns_->byte_cells[k % kByteColumns], rotation};
}

void StepBuilder::require_rw(int j, evm::RwTag tag, bool is_write, const Expression& id, const Expression& field_tag,
                             const std::string& what) {
  const RwExprs r = rw(j);
  cb.require_equal(what + " tag", r.tag, Expression(static_cast<int64_t>(tag)));
  cb.require_equal(what + " is_write", r.is_write, Expression(is_write ? 1 : 0));
  cb.require_equal(what + " id", r.id, id);
  cb.require_equal(what + " field", r.field_tag, field_tag);
}

void StepBuilder::reversible_write(int j, const Expression& index, const Expression& counts) {
  const std::string what = "reversible write " + std::to_string(j);
  cb.require_equal(what + " undo looked up unless persistent", columns_->reversion.enable.rot(1 + j),
                   counts * (Expression(1) - cur_.is_persistent));
  cb.require_zero(what + " undo rw_counter", columns_->reversion.enable.rot(1 + j) *
                                                (columns_->reversion.rw_counter.rot(1 + j) -
                                                 (cur_.rw_counter_end_of_reversion - index)));
}

Word StepBuilder::stack_pop(int j, const Expression& pointer) {
  const std::string what = "stack read " + std::to_string(j);
  require_rw(j, evm::RwTag::Stack, false, cur_.call_id, Expression(0), what);
  const RwExprs r = rw(j);
  cb.require_equal(what + " address", r.address, Expression(0));
  cb.require_equal(what + " pointer hi", r.key_hi, Expression(0));
  cb.require_equal(what + " pointer", r.key_lo, pointer);
  return r.value();
}

void StepBuilder::stack_push(int j, const Expression& pointer, const Word& value) {
  const std::string what = "stack write " + std::to_string(j);
  require_rw(j, evm::RwTag::Stack, true, cur_.call_id, Expression(0), what);
  const RwExprs r = rw(j);
  cb.require_equal(what + " address", r.address, Expression(0));
  cb.require_equal(what + " pointer hi", r.key_hi, Expression(0));
  cb.require_equal(what + " pointer", r.key_lo, pointer);
  cb.require_equal(what + " value hi", r.value_hi, value.hi);
  cb.require_equal(what + " value lo", r.value_lo, value.lo);
}

gadgets::ConstantGas StepBuilder::same_context(const Expression& pc_delta, const Expression& stack_delta,
                                               const Expression& gas_cost,
                                               const std::optional<Expression>& memory_words_next,
                                               const Expression& reversible_delta) {
  cb.require_equal("next call_id", next_.call_id, cur_.call_id);
  cb.require_equal("next code_hash hi", next_.code_hash_hi, cur_.code_hash_hi);
  cb.require_equal("next code_hash lo", next_.code_hash_lo, cur_.code_hash_lo);
  cb.require_equal("next callee_address", next_.callee_address, cur_.callee_address);
  cb.require_equal("next caller_address", next_.caller_address, cur_.caller_address);
  cb.require_equal("next call_value hi", next_.call_value_hi, cur_.call_value_hi);
  cb.require_equal("next call_value lo", next_.call_value_lo, cur_.call_value_lo);
  cb.require_equal("next call_data_length", next_.call_data_length, cur_.call_data_length);
  cb.require_equal("next pc", next_.pc, cur_.pc + pc_delta);
  cb.require_equal("next stack_pointer", next_.stack_pointer, cur_.stack_pointer + stack_delta);
  cb.require_equal("next memory_words", next_.memory_words, memory_words_next.value_or(cur_.memory_words));
  cb.require_equal("next reversible_write_counter", next_.reversible_write_counter,
                   cur_.reversible_write_counter + reversible_delta);
  cb.require_equal("next log_id", next_.log_id, cur_.log_id);
  cb.require_equal("next is_persistent", next_.is_persistent, cur_.is_persistent);
  cb.require_equal("next rw_counter_end_of_reversion", next_.rw_counter_end_of_reversion,
                   cur_.rw_counter_end_of_reversion);
  cb.require_zero("next is an opcode step", next_is_pseudo());
  gadgets::ConstantGas gas = gadgets::ConstantGas::configure(cb, *this, cur_.gas_left, gas_cost, "gas");
  cb.require_equal("next gas_left", next_.gas_left, gas.next);
  return gas;
}

void StepBuilder::require_opcode(const std::string& name, const std::vector<uint8_t>& opcodes) {
  Expression product(1);
  for (uint8_t op : opcodes) product = product * (cur_.opcode - Expression(static_cast<int64_t>(op)));
  cb.require_zero(name, product);
}

}  // namespace zkevm::circuits::evm_circuit
