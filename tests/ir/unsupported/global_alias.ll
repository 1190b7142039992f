; expect: function main: unsupported IR: global alias y
@x = global i32 1
@y = alias i32, ptr @x
define i32 @main() {
  %v = load i32, ptr @y
  ret i32 %v
}
