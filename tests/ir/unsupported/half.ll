; expect: function f: unsupported IR: values of type half
define half @f(half %a) {
  ret half %a
}
