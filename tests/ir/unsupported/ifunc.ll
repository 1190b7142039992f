; expect: function main: unsupported IR: ifunc g
define ptr @resolver() {
  ret ptr null
}
@g = ifunc void (), ptr @resolver
define i32 @main() {
  call void @g()
  ret i32 0
}
