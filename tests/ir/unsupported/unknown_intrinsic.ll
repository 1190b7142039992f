; expect: function f: unsupported IR: intrinsic llvm.returnaddress in `%r = call ptr @llvm.returnaddress(i32 0)`
declare ptr @llvm.returnaddress(i32)
define ptr @f() {
  %r = call ptr @llvm.returnaddress(i32 0)
  ret ptr %r
}
