#pragma once
// The EVM circuit's columns and the view of one step that a state gadget
// builds its constraints in.
//
// Layout (docs/DESIGN-NOTES.md "## EVM circuit"): a step is `height` rows,
// fixed per execution state. Row 0 (is_step = 1) holds the step state and the
// one-hot execution-state selector; rows 1..n (is_rw = 1) hold the step's RW
// operations in rw_counter order, one per row, each looked up in the RW
// table; rows n+1..height−1 are filler (room for cells). Every row also has a
// code slot (a bytecode lookup switched on by code_enable) and a pool of
// plain and byte (range-checked) cells that gadgets allocate row by row. The
// next step starts at rotation `height`, which is where a gadget constrains
// the next step state.
#include <array>
#include <memory>
#include <vector>

#include "circuits/evm/execution_state.hpp"
#include "circuits/evm/witness.hpp"
#include "circuits/gadgets/cells.hpp"
#include "circuits/gadgets/gas.hpp"

namespace zkevm::circuits::evm_circuit {

using gadgets::ConstraintBuilder;
using gadgets::Expression;
using gadgets::Fr;
using gadgets::WCell;
using gadgets::Word;
using plonk::Advice;
using plonk::Column;
using plonk::Fixed;

inline constexpr size_t kCellColumns = 12;
inline constexpr size_t kByteColumns = 12;

struct StepStateColumns {
  Column<Advice> rw_counter, call_id, pc, stack_pointer, gas_left, memory_words, reversible_write_counter, log_id,
      code_hash_hi, code_hash_lo, opcode, callee_address, caller_address, call_value_hi, call_value_lo,
      call_data_length, is_persistent, rw_counter_end_of_reversion;
};

struct RwSlotColumns {
  Column<Advice> is_write, tag, id, address, field_tag, key_hi, key_lo, value_hi, value_lo, value_prev_hi,
      value_prev_lo, initial_value_hi, initial_value_lo;
};

struct CodeSlotColumns {
  Column<Advice> enable, index, is_code, value;
};

// The undo of an RW row's write: when enable = 1 the RW table holds, at
// rw_counter, the same key written back (value and value_prev swapped).
struct ReversionSlotColumns {
  Column<Advice> enable, rw_counter;
};
// The bitwise slot: on a row where enable = 1, each triple of plain cell
// columns (3g, 3g+1, 3g+2) holds 4-bit operands a, b and the result of op on
// them, looked up in the nibble bitwise table (kBitwiseLookups lookups).
struct BitwiseSlotColumns {
  Column<Advice> enable, op;
};
inline constexpr size_t kBitwiseLookups = 4;

struct EvmColumns {
  Column<Fixed> q_enable, q_first, q_last;
  Column<Advice> is_step, is_rw;
  std::array<Column<Advice>, kExecutionStates> state;
  StepStateColumns step;  // rw_counter is also the RW slot's counter on RW rows
  RwSlotColumns rw;
  CodeSlotColumns code;
  ReversionSlotColumns reversion;
  BitwiseSlotColumns bitwise;
  std::vector<Column<Advice>> cells, byte_cells;
};

// One RW slot's expressions at a rotation.
struct RwExprs {
  Expression rw_counter, is_write, tag, id, address, field_tag, key_hi, key_lo, value_hi, value_lo, value_prev_hi,
      value_prev_lo, initial_value_hi, initial_value_lo;
  Word value() const { return {value_hi, value_lo}; }
  // The key's value before the transaction (storage: the EIP-2200 original value).
  Word initial_value() const { return {initial_value_hi, initial_value_lo}; }
  Word value_prev() const { return {value_prev_hi, value_prev_lo}; }
};

// The step state's expressions at a rotation (the step, or the next step).
struct StepExprs {
  Expression rw_counter, call_id, pc, stack_pointer, gas_left, memory_words, reversible_write_counter, log_id,
      code_hash_hi, code_hash_lo, opcode, callee_address, caller_address, call_value_hi, call_value_lo,
      call_data_length, is_persistent, rw_counter_end_of_reversion;
};

// Configure-time view of one state's step: cells from the pool, the step
// state here and at the next step, the RW slots, and helpers for the usual
// constraints. Constraints go to cb; the config multiplies them by the
// state's selector.
class StepBuilder : public gadgets::CellSource {
 public:
  StepBuilder(const EvmColumns& columns, ExecutionState state, int height, int rw_count);

  ConstraintBuilder cb;

  int height() const { return height_; }
  int rw_count() const { return rw_count_; }
  const StepExprs& cur() const { return cur_; }
  const StepExprs& next() const { return next_; }
  // The j-th RW operation of the step (0-based), at rotation 1 + j.
  RwExprs rw(int j) const;
  // The code slot at rotation r.
  Expression code_enable(int r) const { return columns_->code.enable.rot(r); }
  Expression code_index(int r) const { return columns_->code.index.rot(r); }
  Expression code_is_code(int r) const { return columns_->code.is_code.rot(r); }
  Expression code_value(int r) const { return columns_->code.value.rot(r); }
  // The bitwise slot at rotation r.
  Expression bitwise_enable(int r) const { return columns_->bitwise.enable.rot(r); }
  Expression bitwise_op(int r) const { return columns_->bitwise.op.rot(r); }
  const EvmColumns& columns() const { return *columns_; }
  // The selector of a state at the next step.
  Expression next_is(ExecutionState s) const;
  // 1 when the next step is a pseudo-state (BeginTxOp, BeginCall, RevertWrite, EndTx*, EndBlock).
  Expression next_is_pseudo() const;

  WCell cell(const std::string& name) override;
  WCell byte_cell(const std::string& name) override;

  // RW j reads (is_write = 0) or writes the stack slot `pointer` of this call; returns its value.
  Word stack_pop(int j, const Expression& pointer);
  void stack_push(int j, const Expression& pointer, const Word& value);
  // RW j has the given tag, direction, id and field.
  void require_rw(int j, evm::RwTag tag, bool is_write, const Expression& id, const Expression& field_tag,
                  const std::string& what);
  // RW j is the call's reversible write number `index` (from 0, counted by
  // reversible_write_counter) when `counts` is 1: if the call is not
  // persistent, its undo sits at rw_counter_end_of_reversion − index.
  void reversible_write(int j, const Expression& index, const Expression& counts = Expression(1));

  // The next step stays in this call and code: pc += pc_delta, stack_pointer
  // += stack_delta, gas_left −= gas_cost (range-checked, chip returned),
  // memory_words becomes memory_words_next (unchanged when not given), the
  // reversible-write counter grows by reversible_delta, the log id and the
  // reversion state unchanged; the next step is an opcode step (only halting
  // states lead to the pseudo-states).
  gadgets::ConstantGas same_context(const Expression& pc_delta, const Expression& stack_delta,
                                    const Expression& gas_cost,
                                    const std::optional<Expression>& memory_words_next = std::nullopt,
                                    const Expression& reversible_delta = Expression(0));
  // The opcode is one of the given values (a product of differences; ≤ 2 values keeps the degree low).
  void require_opcode(const std::string& name, const std::vector<uint8_t>& opcodes);

 private:
  StepExprs at(int rotation) const;
  const EvmColumns* columns_;
  ExecutionState state_;
  int height_, rw_count_;
  StepExprs cur_, next_;
  size_t next_cell_ = 0, next_byte_ = 0;
};

// Assign-time view of one step: the region, the step's header offset, its witness.
struct StepAssigner {
  const EvmColumns& columns;
  plonk::Region& region;
  size_t offset;
  const StepWitness& step;
};

// One execution state's gadget: constraints and assignment.
class StateGadget {
 public:
  virtual ~StateGadget() = default;
  virtual ExecutionState state() const = 0;
  // Rows per step (≥ 1 + rw_count) and RW operations per step.
  virtual int height() const = 0;
  virtual int rw_count() const = 0;
  virtual void configure(StepBuilder& b) = 0;
  // Assigns the gadget's own cells (the config writes the step state, the RW
  // slots and the selectors).
  virtual void assign(StepAssigner& a) const = 0;
};

// Every state's gadget, in ExecutionState order.
std::vector<std::unique_ptr<StateGadget>> make_state_gadgets();

}  // namespace zkevm::circuits::evm_circuit
