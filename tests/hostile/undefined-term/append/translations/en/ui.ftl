
# A line that names the vendor.
made-by = Made by { -vendor }
