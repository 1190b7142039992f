; expect: function f: unsupported IR: indirectbr (computed goto) in `indirectbr ptr %p, [label %a, label %b]`
define i32 @f(ptr %p) {
  indirectbr ptr %p, [label %a, label %b]
a:
  ret i32 1
b:
  ret i32 2
}
