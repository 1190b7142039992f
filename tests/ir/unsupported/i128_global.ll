; expect: global g: unsupported initialiser: integer of this width
@g = global i128 5
define i32 @main() {
  ret i32 0
}
