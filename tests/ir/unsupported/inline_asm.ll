; expect: function f: unsupported IR: inline assembly in `call void asm sideeffect "nop", ""()`
define void @f() {
  call void asm sideeffect "nop", ""()
  ret void
}
define i32 @main() {
  call void @f()
  ret i32 0
}
