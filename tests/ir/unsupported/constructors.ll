; expect: error: unsupported IR: llvm.global_ctors (constructors and destructors)
@llvm.global_ctors = appending global [1 x { i32, ptr, ptr }] [{ i32, ptr, ptr } { i32 65535, ptr @init, ptr null }]
define void @init() {
  ret void
}
define i32 @main() {
  ret i32 0
}
