; expect: error: unsupported IR: module-level inline assembly
module asm ".globl x"
define i32 @main() {
  ret i32 0
}
